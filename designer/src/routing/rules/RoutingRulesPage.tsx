import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { addPageWords } from '../../i18n/i18n';
import { routingPagesWords } from '../../i18n/locales/routing-pages';
import { channelAccountsQuery } from '../../integrations/channel-accounts.query';
import '../../styles/routing-pages.css';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { routingRulesQuery } from '../routing-rules.api';
import { teamsQuery } from '../teams.api';
import { RoutingEditor } from './RoutingEditor';

addPageWords(routingPagesWords);

/**
 * Settings → Routing rules (in its own chunk, with the drag-and-drop library): the ordered rules,
 * the default team, and a preview of where a sample conversation would go.
 */
export function RoutingRulesPage() {
  const { t } = useTranslation();
  const routing = useQuery(routingRulesQuery);
  const teams = useQuery(teamsQuery);
  const accounts = useQuery(channelAccountsQuery);

  const failed = routing.error ?? teams.error;
  if (!routing.data || !teams.data)
    return (
      <Page title={t('routingPage.title')}>
        {failed ? (
          <StatePanel
            tone="error"
            title={t('routingPage.loadFailed')}
            body={errorText(failed, t)}
            onRetry={() => {
              void routing.refetch();
              void teams.refetch();
            }}
          />
        ) : (
          <StatePanel tone="loading" title={t('common.loading')} />
        )}
      </Page>
    );

  return (
    <Page title={t('routingPage.title')} intro={<p>{t('routingPage.intro')}</p>}>
      <RoutingEditor saved={routing.data} teams={teams.data} accounts={accounts.data ?? []} />
    </Page>
  );
}
