import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { addPageWords } from '../i18n/i18n';
import { flowsPagesWords } from '../i18n/locales/flows-pages';
import { channelAccountsQuery } from '../integrations/channel-accounts.query';
import '../styles/flows.css';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { AnalyticsTab } from './analytics/AnalyticsTab';
import { DraftTab } from './draft/DraftTab';
import { FlowFacts } from './FlowFacts';
import { FlowTabs } from './FlowTabs';
import { flowQuery } from './flows.api';
import { TestTab } from './test/TestTab';
import { VersionsTab } from './versions/VersionsTab';

addPageWords(flowsPagesWords);

const route = getRouteApi('/app/flows/$flowId');

/**
 * One flow (in its own chunk): the Draft, Versions, Analytics and Test tabs, the tab in the
 * address. Always read afresh on opening, so the draft is edited from its latest revision.
 */
export function FlowPage() {
  const { t } = useTranslation();
  const { flowId } = route.useParams();
  const search = route.useSearch();
  const tab = search.tab ?? 'draft';
  const flow = useQuery({ ...flowQuery(flowId), refetchOnMount: 'always' });
  const accounts = useQuery(channelAccountsQuery);
  const back = <Link to="/flows">← {t('flowsPage.back')}</Link>;

  if (!flow.data || !flow.isFetchedAfterMount) {
    const notFound = flow.error?.status === 404 || flow.error?.status === 400;
    return (
      <Page title={t('flowsPage.title')} back={back}>
        {flow.isError ? (
          <StatePanel
            tone="error"
            title={notFound ? t('flowsPage.notFound') : t('flowsPage.loadOneFailed')}
            body={notFound ? undefined : errorText(flow.error, t)}
            onRetry={notFound ? undefined : () => void flow.refetch()}
          />
        ) : (
          <StatePanel tone="loading" title={t('common.loading')} />
        )}
      </Page>
    );
  }

  const detail = flow.data;
  return (
    <Page
      title={detail.name}
      back={back}
      wide={tab === 'draft'}
      intro={<FlowFacts flow={detail} accounts={accounts.data ?? null} />}
    >
      <FlowTabs current={tab} />
      {tab === 'draft' && <DraftTab key={detail.id} flow={detail} accounts={accounts.data ?? null} />}
      {tab === 'versions' && <VersionsTab flow={detail} from={search.from} to={search.to} />}
      {tab === 'analytics' && (
        <AnalyticsTab flow={detail} version={search.version} period={search.period ?? 'week'} />
      )}
      {tab === 'test' && <TestTab flow={detail} runId={search.run} />}
    </Page>
  );
}
