import { flowSummarySchema, type FlowDetail, type FlowSummary } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { flowQuery, flowsKey, flowsQuery } from './flows.api';

/** A flow's new state into the cached list at once (added when new), its detail too when given. */
function putFlow(queryClient: QueryClient, summary: FlowSummary): void {
  queryClient.setQueryData(flowsQuery.queryKey, (flows) => {
    if (!flows) return flows;
    return flows.some((f) => f.id === summary.id)
      ? flows.map((f) => (f.id === summary.id ? summary : f))
      : [...flows, summary];
  });
}

/** A saved, created or imported flow: its detail and its list row at once, then the list read again. */
export async function flowSaved(queryClient: QueryClient, detail: FlowDetail): Promise<void> {
  queryClient.setQueryData(flowQuery(detail.id).queryKey, detail);
  putFlow(queryClient, flowSummarySchema.parse(detail));
  await queryClient.invalidateQueries({ queryKey: flowsQuery.queryKey });
}

/** A flow whose summary changed (its activation): the list row and the detail's summary fields. */
export async function flowSummaryChanged(queryClient: QueryClient, summary: FlowSummary): Promise<void> {
  putFlow(queryClient, summary);
  queryClient.setQueryData(flowQuery(summary.id).queryKey, (detail) => detail && { ...detail, ...summary });
  await queryClient.invalidateQueries({ queryKey: flowsQuery.queryKey });
}

/** After publishing or rolling back: everything about the flow is read again. */
export async function flowPublished(queryClient: QueryClient, flowId: string): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === flowsKey[0] && (query.queryKey[1] === 'list' || query.queryKey.includes(flowId)),
  });
}

export async function flowDeleted(queryClient: QueryClient, id: string): Promise<void> {
  queryClient.setQueryData(flowsQuery.queryKey, (flows) => flows?.filter((f) => f.id !== id));
  queryClient.removeQueries({ queryKey: flowQuery(id).queryKey });
  await queryClient.invalidateQueries({ queryKey: flowsQuery.queryKey });
}

/** The flow as the server has it now, read past the cache (after a conflict). */
export const latestFlow = (queryClient: QueryClient, id: string): Promise<FlowDetail> =>
  queryClient.fetchQuery({ ...flowQuery(id), staleTime: 0 });
