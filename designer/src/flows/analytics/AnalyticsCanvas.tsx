import type { FlowAnalytics } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { StatePanel } from '../../ui/StatePanel';
import { ReadOnlyCanvas } from '../canvas/ReadOnlyCanvas';
import { flowVersionQuery } from '../flow-versions.api';
import { analyticsOverlays } from './analytics-overlays';

/** The version drawn as it runs, each node with how many runs entered, left and dropped there. */
export function AnalyticsCanvas({ flowId, analytics }: { flowId: string; analytics: FlowAnalytics }) {
  const { t } = useTranslation();
  const version = useQuery(flowVersionQuery(flowId, analytics.version));
  const overlays = useMemo(() => analyticsOverlays(analytics.nodes), [analytics.nodes]);
  if (version.isError)
    return (
      <StatePanel
        tone="error"
        title={t('flowAnalytics.canvasFailed')}
        body={errorText(version.error, t)}
        onRetry={() => void version.refetch()}
      />
    );
  if (!version.data) return <StatePanel tone="loading" title={t('common.loading')} />;
  return <ReadOnlyCanvas graph={version.data.graph} overlays={overlays} testId="flow-analytics-canvas" />;
}
