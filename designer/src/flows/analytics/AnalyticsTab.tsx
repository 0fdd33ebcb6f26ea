import type { FlowDetail } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { StatePanel } from '../../ui/StatePanel';
import { flowAnalyticsQuery } from '../flow-runs.api';
import type { AnalyticsPeriod } from '../flow-search';
import { AnalyticsCanvas } from './AnalyticsCanvas';
import { AnalyticsFilters } from './AnalyticsFilters';
import { AnalyticsTotals } from './AnalyticsTotals';
import { NodeAnalyticsTable } from './NodeAnalyticsTable';

const route = getRouteApi('/app/flows/$flowId');

interface Props {
  flow: FlowDetail;
  /** The version asked for in the address; the current one when absent. */
  version: number | undefined;
  period: AnalyticsPeriod;
}

/** The Analytics tab: how one version's runs went in a period, node by node, refreshed every 10 seconds. */
export function AnalyticsTab({ flow, version: asked, period }: Props) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const version = asked ?? flow.publishedVersion;
  const analytics = useQuery({
    ...flowAnalyticsQuery(flow.id, version ?? 0, period),
    enabled: version !== null,
  });

  if (version === null)
    return (
      <p className="muted" data-testid="flow-analytics-unpublished">
        {t('flowAnalytics.unpublished')}
      </p>
    );

  return (
    <div className="flow-analytics">
      <p className="muted">{t('flowAnalytics.intro')}</p>
      <AnalyticsFilters
        flowId={flow.id}
        version={version}
        period={period}
        onChange={(change) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true })}
      />
      {analytics.isPending && <StatePanel tone="loading" title={t('common.loading')} />}
      {analytics.isError && !analytics.data && (
        <StatePanel
          tone="error"
          title={t('flowAnalytics.loadFailed')}
          body={errorText(analytics.error, t)}
          onRetry={() => void analytics.refetch()}
        />
      )}
      {analytics.data && (
        <>
          <AnalyticsTotals runs={analytics.data.runs} />
          <AnalyticsCanvas flowId={flow.id} analytics={analytics.data} />
          <NodeAnalyticsTable nodes={analytics.data.nodes} />
        </>
      )}
    </div>
  );
}
