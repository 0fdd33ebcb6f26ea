import type { User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../ui/use-feedback';
import { useUnlockUser } from './use-people-mutations';

/** Lifts the sign-in lock that repeated wrong passwords put on someone's address. */
export function UnlockButton({ user, feedback }: { user: User; feedback: Feedback }) {
  const { t } = useTranslation();
  const unlock = useUnlockUser(user.id, (next) =>
    feedback.announce(t('people.unlocked', { name: next.name })),
  );
  return (
    <button
      type="button"
      className="button button--small"
      disabled={unlock.isPending}
      onClick={() => unlock.mutate(undefined, { onError: feedback.fail })}
    >
      {t('people.unlock')}
      <span className="visually-hidden"> {user.name}</span>
    </button>
  );
}
