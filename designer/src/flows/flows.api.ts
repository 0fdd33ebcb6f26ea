import {
  flowDetailSchema,
  flowDocumentSchema,
  flowSummarySchema,
  flowValidationContextSchema,
  listSchema,
  type CreateFlow,
  type SaveFlowDraft,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, apiVoid, segment, withQuery } from '../api/http';

/** The engine's flow routes (`flows:manage`): the list, one flow's draft, files in and out, where it runs. */

const flowList = listSchema(flowSummarySchema);
/** `/api/flows/:id`, the start of every route about one flow. */
export const flowPath = (id: string) => `/api/flows/${segment(id)}`;

/** The start of every query key about flows (the list, a flow, its versions, runs and analytics). */
export const flowsKey = ['flows'] as const;

export const flowsQuery = queryOptions({
  queryKey: [...flowsKey, 'list'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/flows', flowList, { signal })).items,
});

export const flowQuery = (id: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'detail', id] as const,
    queryFn: ({ signal }) => api('GET', flowPath(id), flowDetailSchema, { signal }),
  });

/** What the validator checks the flow against (its channels, templates, teams…), for the live check. */
export const validationContextQuery = (flowId: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'validation-context', flowId] as const,
    queryFn: ({ signal }) =>
      api('GET', withQuery('/api/flows/validation-context', { flowId }), flowValidationContextSchema, {
        signal,
      }),
  });

export const createFlow = (body: CreateFlow) => api('POST', '/api/flows', flowDetailSchema, { body });

/** Autosave: refused with 409 STALE_REVISION when someone saved since `body.revision`. */
export const saveFlowDraft = (id: string, body: SaveFlowDraft) =>
  api('PUT', `${flowPath(id)}/draft`, flowDetailSchema, { body });

export const duplicateFlow = (id: string, name?: string) =>
  api('POST', `${flowPath(id)}/duplicate`, flowDetailSchema, { body: name === undefined ? {} : { name } });

export const exportFlow = (id: string) => api('GET', `${flowPath(id)}/export`, flowDocumentSchema);

export const importFlow = (document: unknown, name?: string) =>
  api('POST', '/api/flows/import', flowDetailSchema, {
    body: name === undefined ? { document } : { document, name },
  });

/** Where the published flow listens; an empty list turns it off. */
export const setFlowActivation = (id: string, channelAccountIds: readonly string[]) =>
  api('PUT', `${flowPath(id)}/activation`, flowSummarySchema, { body: { channelAccountIds } });

export const deleteFlow = (id: string) => apiVoid('DELETE', flowPath(id));
