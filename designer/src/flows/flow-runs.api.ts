import { flowAnalyticsSchema, flowRunSchema, listSchema } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';
import type { AnalyticsPeriod } from './flow-search';
import { flowPath, flowsKey } from './flows.api';

/** How a flow's runs went (analytics), and test runs of the draft with their traces. */

const runList = listSchema(flowRunSchema);

const periodMs: Record<AnalyticsPeriod, number | null> = {
  day: 24 * 3_600_000,
  week: 7 * 24 * 3_600_000,
  month: 30 * 24 * 3_600_000,
  all: null,
};

/** The start of the period, counted back from `now`; undefined for all time. */
export function periodStart(period: AnalyticsPeriod, now: Date): string | undefined {
  const ms = periodMs[period];
  return ms === null ? undefined : new Date(now.getTime() - ms).toISOString();
}

/** Read again every 10 seconds while the page is visible (TanStack Query pauses in the background). */
export const flowAnalyticsQuery = (flowId: string, version: number, period: AnalyticsPeriod) =>
  queryOptions({
    queryKey: [...flowsKey, 'analytics', flowId, version, period] as const,
    queryFn: ({ signal }) =>
      api(
        'GET',
        withQuery(`${flowPath(flowId)}/analytics`, { version, from: periodStart(period, new Date()) }),
        flowAnalyticsSchema,
        { signal },
      ),
    refetchInterval: 10_000,
  });

/** A run with its steps, read every second while it is running. */
export const flowRunQuery = (runId: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'run', runId] as const,
    queryFn: ({ signal }) => api('GET', `/api/flow-runs/${segment(runId)}`, flowRunSchema, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1_000 : false),
    staleTime: 0,
  });

export const testRunsQuery = (flowId: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'test-runs', flowId] as const,
    queryFn: async ({ signal }) =>
      (await api('GET', withQuery(`${flowPath(flowId)}/runs`, { test: 'true' }), runList, { signal })).items,
  });

/** Runs the draft, unpublished, on a conversation of the sandbox; left out of analytics. */
export const startTestRun = (flowId: string, conversationId: string) =>
  api('POST', `${flowPath(flowId)}/test-runs`, flowRunSchema, { body: { conversationId } });
