import { flowInvalidSchema } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { ProblemsList } from '../draft/ProblemsList';

/** Why the server won't run the draft in a conversation, each with its own explanation. */
const refusals = ['NOT_A_SANDBOX_CONVERSATION', 'CONVERSATION_ASSIGNED', 'NO_CUSTOMER_MESSAGE'] as const;
type Refusal = (typeof refusals)[number];
const isRefusal = (code: string): code is Refusal => (refusals as readonly string[]).includes(code);

/** A test run that didn't start: the draft's problems, a conversation it can't run in, or another error. */
export function TestRunFailure({ error, graph }: { error: ApiError | null; graph: FlowGraph }) {
  const { t } = useTranslation();
  const invalid = flowInvalidSchema.safeParse(error?.body);
  if (invalid.success)
    return (
      <div role="alert" className="alert alert--error" data-testid="flow-test-invalid">
        <p>{t('flowTest.invalid', { count: invalid.data.problems.length })}</p>
        <ProblemsList problems={invalid.data.problems} value={graph} />
      </div>
    );
  if (error && isRefusal(error.code))
    return (
      <div role="alert" className="alert alert--error" data-testid="flow-test-refused">
        <p>{t(`flowTest.refused.${error.code}`)}</p>
        <p className="alert__detail">{t('errors.detail', { detail: error.message })}</p>
      </div>
    );
  return <FormAlert error={error} />;
}
