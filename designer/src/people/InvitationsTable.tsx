import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { InvitationRow } from './InvitationRow';
import { invitationsQuery } from './people.api';

/** Invitations not yet accepted or revoked. */
export function InvitationsTable() {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery);
  const feedback = useFeedback();

  if (invitations.isPending) return <StatePanel tone="loading" title={t('common.loading')} />;
  if (invitations.isError) {
    return (
      <StatePanel
        tone="error"
        title={t('people.loadFailed')}
        body={errorText(invitations.error, t)}
        onRetry={() => void invitations.refetch()}
      />
    );
  }
  const open = invitations.data.filter((i) => i.status === 'pending' || i.status === 'expired');
  return (
    <>
      <FeedbackRegions feedback={feedback} />
      {open.length === 0 ? (
        <p className="muted">{t('people.invitations.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="invitations-heading">
            <thead>
              <tr>
                <th scope="col">{t('people.invitations.email')}</th>
                <th scope="col">{t('people.invitations.role')}</th>
                <th scope="col">{t('people.invitations.invitedBy')}</th>
                <th scope="col">{t('people.invitations.expires')}</th>
                <th scope="col">{t('people.invitations.status')}</th>
                <th scope="col">{t('people.invitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} feedback={feedback} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
