import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useNow } from '../inbox/use-now';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { apiTokensQuery } from './tokens.api';
import { TokenRow } from './TokenRow';

/** The tokens this person may see: their own, or everyone's for admins (with an owner column). */
export function TokensTable({ showOwner }: { showOwner: boolean }) {
  const { t } = useTranslation();
  const tokens = useQuery(apiTokensQuery);
  const feedback = useFeedback();
  const now = useNow(60_000).getTime();

  if (tokens.isPending) return <StatePanel tone="loading" title={t('common.loading')} />;
  if (tokens.isError) {
    return (
      <StatePanel
        tone="error"
        title={t('tokens.loadFailed')}
        body={errorText(tokens.error, t)}
        onRetry={() => void tokens.refetch()}
      />
    );
  }
  return (
    <>
      <FeedbackRegions feedback={feedback} />
      {tokens.data.length === 0 ? (
        <p className="muted">{t('tokens.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="tokens-heading">
            <thead>
              <tr>
                <th scope="col">{t('tokens.list.name')}</th>
                <th scope="col">{t('tokens.list.prefix')}</th>
                <th scope="col">{t('tokens.list.scopes')}</th>
                {showOwner && <th scope="col">{t('tokens.list.owner')}</th>}
                <th scope="col">{t('tokens.list.created')}</th>
                <th scope="col">{t('tokens.list.lastUsed')}</th>
                <th scope="col">{t('tokens.list.expires')}</th>
                <th scope="col">{t('tokens.list.status')}</th>
                <th scope="col">{t('tokens.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <TokenRow key={token.id} token={token} showOwner={showOwner} now={now} feedback={feedback} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
