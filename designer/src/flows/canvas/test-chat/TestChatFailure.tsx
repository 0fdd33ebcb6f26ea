import { flowInvalidSchema } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/api-error';
import { FormAlert } from '../../../forms/FormAlert';

/** Why the test chat refused: the draft's problems, the sandbox, the account, or another error. */
const refusals = [
  'SANDBOX_UNREACHABLE',
  'NOT_A_SANDBOX_CHANNEL',
  'CHANNEL_ACCOUNT_OFF',
  'CONVERSATION_ASSIGNED',
] as const;
type Refusal = (typeof refusals)[number];
const isRefusal = (code: string): code is Refusal => (refusals as readonly string[]).includes(code);

/** The test chat's error, explained: how many problems to fix, or what to do about the sandbox or account. */
export function TestChatFailure({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const invalid = flowInvalidSchema.safeParse(error.body);
  if (invalid.success)
    return (
      <p role="alert" className="alert alert--error" data-testid="test-chat-invalid">
        {t('flowTestChat.invalid', { count: invalid.data.problems.length })}
      </p>
    );
  if (isRefusal(error.code))
    return (
      <div role="alert" className="alert alert--error" data-testid="test-chat-refused">
        <p>{t(`flowTestChat.refused.${error.code}`)}</p>
        <p className="alert__detail">{t('errors.detail', { detail: error.message })}</p>
      </div>
    );
  return <FormAlert error={error} />;
}
