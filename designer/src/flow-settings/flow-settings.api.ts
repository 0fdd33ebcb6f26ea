import { flowSettingsResponseSchema } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, apiVoid, segment } from '../api/http';

/** Settings → Flow settings (`flows:manage`): where HTTP request nodes may go, and the secrets they may use. */

export const flowSettingsQuery = queryOptions({
  queryKey: ['flow-settings'] as const,
  queryFn: ({ signal }) => api('GET', '/api/flow-settings', flowSettingsResponseSchema, { signal }),
});

export const updateAllowedHosts = (allowedHosts: readonly string[]) =>
  apiVoid('PUT', '/api/flow-settings/hosts', { body: { allowedHosts } });

/** Sets or replaces a secret's value; the value is never read back. */
export const setFlowSecret = (name: string, value: string) =>
  apiVoid('PUT', `/api/flow-settings/secrets/${segment(name)}`, { body: { value } });

export const deleteFlowSecret = (name: string) =>
  apiVoid('DELETE', `/api/flow-settings/secrets/${segment(name)}`);
