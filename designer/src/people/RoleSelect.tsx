import { roles, type User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../ui/use-feedback';
import { useUpdateUser } from './use-people-mutations';

/** A person's role, changed on the spot (the engine refuses to remove the last admin). */
export function RoleSelect({ user, feedback }: { user: User; feedback: Feedback }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const shown = update.isPending && update.variables.role ? update.variables.role : user.role;
  return (
    <select
      className="field__input field__input--compact"
      aria-label={t('people.roleFor', { name: user.name })}
      value={shown}
      disabled={update.isPending || user.status === 'deactivated'}
      onChange={(e) => {
        const role = roles.find((r) => r === e.target.value);
        if (!role) return;
        update.mutate(
          { role },
          {
            onSuccess: (next) =>
              feedback.announce(t('people.roleChanged', { name: next.name, role: t(`roles.${role}`) })),
            onError: feedback.fail,
          },
        );
      }}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
