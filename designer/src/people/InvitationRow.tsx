import type { Invitation } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Feedback } from '../ui/use-feedback';
import { IssuedInvitationNotice } from './IssuedInvitationNotice';
import { resendInvitation, revokeInvitation } from './people.api';
import { useInvitationsChanged } from './use-people-mutations';

/** A pending (or expired) invitation, with resend and revoke. */
export function InvitationRow({ invitation, feedback }: { invitation: Invitation; feedback: Feedback }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const changed = useInvitationsChanged();
  const [confirming, setConfirming] = useState(false);
  const resend = useMutation({
    mutationFn: () => resendInvitation(invitation.id),
    onSuccess: async (issued) => {
      if (issued.emailSent)
        feedback.announce(t('people.invitations.resentEmail', { email: invitation.email }));
      await changed();
    },
  });
  const revoke = useMutation({
    mutationFn: () => revokeInvitation(invitation.id),
    onSuccess: async () => {
      setConfirming(false);
      feedback.announce(t('people.invitations.revoked', { email: invitation.email }));
      await changed(); // the row goes with the revoked invitation
    },
  });
  const { email } = invitation;

  return (
    <tr>
      <th scope="row">
        {email}
        <div role="status">{resend.data?.link && <IssuedInvitationNotice issued={resend.data} />}</div>
      </th>
      <td>{t(`roles.${invitation.role}`)}</td>
      <td>{invitation.invitedBy?.name ?? t('common.dash')}</td>
      <td>{formatDateTime(invitation.expiresAt, locale)}</td>
      <td>
        <Badge tone={invitation.status === 'pending' ? 'info' : 'warning'}>
          {t(`people.invitations.statusLabel.${invitation.status}`)}
        </Badge>
      </td>
      <td>
        <span className="table__actions">
          <button
            type="button"
            className="button button--small"
            disabled={resend.isPending}
            onClick={() => resend.mutate(undefined, { onError: feedback.fail })}
          >
            {t('people.invitations.resend')}
            <span className="visually-hidden"> {email}</span>
          </button>
          <button
            type="button"
            className="button button--small button--danger-outline"
            onClick={() => setConfirming(true)}
          >
            {t('people.invitations.revoke')}
            <span className="visually-hidden"> {email}</span>
          </button>
        </span>
        {confirming && (
          <ConfirmDialog
            title={t('people.invitations.revokeTitle', { email })}
            confirmLabel={t('people.invitations.revokeConfirm')}
            pending={revoke.isPending}
            error={revoke.error}
            onConfirm={() => revoke.mutate()}
            onClose={() => {
              setConfirming(false);
              revoke.reset();
            }}
          >
            <p>{t('people.invitations.revokeBody')}</p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}
