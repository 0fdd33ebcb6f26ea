import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useNow } from '../inbox/use-now';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { usersQuery } from './people.api';
import { UserRow } from './UserRow';

/** Everyone in the organisation, with what an admin can change about them. */
export function UsersTable({ myId }: { myId: string }) {
  const { t } = useTranslation();
  const users = useQuery(usersQuery);
  const feedback = useFeedback();
  const now = useNow(60_000).getTime();

  if (users.isPending) return <StatePanel tone="loading" title={t('common.loading')} />;
  if (users.isError) {
    return (
      <StatePanel
        tone="error"
        title={t('people.loadFailed')}
        body={errorText(users.error, t)}
        onRetry={() => void users.refetch()}
      />
    );
  }
  return (
    <>
      <FeedbackRegions feedback={feedback} />
      <div className="table-wrap">
        <table className="table" aria-labelledby="members-heading">
          <thead>
            <tr>
              <th scope="col">{t('people.column.name')}</th>
              <th scope="col">{t('people.column.email')}</th>
              <th scope="col">{t('people.column.role')}</th>
              <th scope="col">{t('people.column.status')}</th>
              <th scope="col">{t('people.column.lastSignIn')}</th>
              <th scope="col">{t('people.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <UserRow key={user.id} user={user} isMe={user.id === myId} now={now} feedback={feedback} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
