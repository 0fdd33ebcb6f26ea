import type { User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';
import type { Feedback } from '../ui/use-feedback';
import { ActivationButton } from './ActivationButton';
import { ResetLinkButton } from './ResetLinkButton';
import { RoleSelect } from './RoleSelect';
import { UnlockButton } from './UnlockButton';

interface Props {
  user: User;
  isMe: boolean;
  now: number;
  feedback: Feedback;
}

/** One person: name, email, role, status (and a sign-in lock), last sign-in, and what an admin can do. */
export function UserRow({ user, isMe, now, feedback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const lockedUntil = user.lockedUntil && Date.parse(user.lockedUntil) > now ? user.lockedUntil : null;
  const sameDay = lockedUntil && new Date(lockedUntil).toDateString() === new Date(now).toDateString();
  return (
    <tr>
      <th scope="row">
        {user.name}
        {isMe && <span className="muted"> {t('people.you')}</span>}
      </th>
      <td>{user.email}</td>
      <td>
        <RoleSelect user={user} feedback={feedback} />
      </td>
      <td>
        <span className="cell-stack">
          <Badge tone={user.status === 'active' ? 'success' : 'neutral'}>
            {t(`people.status.${user.status}`)}
          </Badge>
          {lockedUntil && (
            <>
              <Badge tone="warning">
                {t('people.lockedUntil', {
                  time: sameDay ? formatTime(lockedUntil, locale) : formatDateTime(lockedUntil, locale),
                })}
              </Badge>
              <UnlockButton user={user} feedback={feedback} />
            </>
          )}
        </span>
      </td>
      <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('common.never')}</td>
      <td>
        <span className="table__actions">
          <ResetLinkButton user={user} feedback={feedback} />
          {!isMe && <ActivationButton user={user} feedback={feedback} />}
        </span>
      </td>
    </tr>
  );
}
