import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useOrganisation } from '../organisation/use-organisation';
import { useCan } from '../shell/use-session';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { channelAccountsQuery } from './channel-accounts.query';
import { ChannelAccountCard } from './ChannelAccountCard';
import { ConnectActions } from './ConnectActions';

/** Settings → Integrations: every channel account and its state; admins connect and manage them. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const canManage = useCan('channels:manage');
  const accounts = useQuery(channelAccountsQuery);
  const feedback = useFeedback();
  const organisation = useOrganisation();

  let content;
  if (accounts.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (accounts.isError) {
    content = (
      <StatePanel
        tone="error"
        title={t('integrations.loadFailed')}
        body={errorText(accounts.error, t)}
        onRetry={() => void accounts.refetch()}
      />
    );
  } else if (accounts.data.length === 0) {
    content = (
      <StatePanel
        title={t('integrations.emptyTitle')}
        body={canManage ? t('integrations.emptyAdmin') : t('integrations.emptyAgent')}
      />
    );
  } else {
    content = (
      <ul className="account-list" aria-label={t('integrations.listLabel')}>
        {accounts.data.map((account) => (
          <ChannelAccountCard key={account.id} account={account} canManage={canManage} feedback={feedback} />
        ))}
      </ul>
    );
  }

  return (
    <Page title={t('integrations.title')} intro={<p>{t('integrations.intro')}</p>}>
      {canManage && <ConnectActions plan={organisation.plan} />}
      <FeedbackRegions feedback={feedback} />
      {content}
    </Page>
  );
}
