import {
  flowDetailSchema,
  flowDiffSchema,
  flowVersionSchema,
  flowVersionSummarySchema,
  listSchema,
  type PublishFlow,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../api/http';
import { flowPath, flowsKey } from './flows.api';

/** A flow's published versions: publishing the draft, reading, comparing and rolling back. */

const versionList = listSchema(flowVersionSummarySchema);

/** A version, or the draft, as the diff compares them. */
export type DiffSide = number | 'draft';

export const flowVersionsQuery = (flowId: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'versions', flowId] as const,
    queryFn: async ({ signal }) =>
      (await api('GET', `${flowPath(flowId)}/versions`, versionList, { signal })).items,
  });

export const flowVersionQuery = (flowId: string, version: number) =>
  queryOptions({
    queryKey: [...flowsKey, 'version', flowId, version] as const,
    queryFn: ({ signal }) =>
      api('GET', `${flowPath(flowId)}/versions/${version}`, flowVersionSchema, { signal }),
    staleTime: Infinity,
  });

export const flowDiffQuery = (flowId: string, from: number, to: DiffSide) =>
  queryOptions({
    queryKey: [...flowsKey, 'diff', flowId, from, to] as const,
    queryFn: ({ signal }) =>
      api('GET', withQuery(`${flowPath(flowId)}/diff`, { from, to }), flowDiffSchema, { signal }),
    staleTime: to === 'draft' ? 0 : Infinity,
  });

/** Answers the flow with its new version; refused with 422 FLOW_INVALID (the server's problems) or 409 STALE_REVISION. */
export const publishFlow = (flowId: string, body: PublishFlow) =>
  api('POST', `${flowPath(flowId)}/publish`, flowDetailSchema, { body });

/** Publishes an earlier version's graph again as a new version, the draft reset to it; answers the flow. */
export const rollbackFlow = (flowId: string, version: number, note: string) =>
  api('POST', `${flowPath(flowId)}/rollback`, flowDetailSchema, { body: { version, note } });
