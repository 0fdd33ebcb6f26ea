import { apiTokenSchema, createdApiTokenSchema, type CreateApiTokenRequest } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api, segment } from '../api/http';

/** Everyone's own API tokens (admins see all). */
export const apiTokensQuery = queryOptions({
  queryKey: ['api-tokens'] as const,
  queryFn: async ({ signal }) =>
    (await api('GET', '/api/api-tokens', z.object({ items: z.array(apiTokenSchema) }), { signal })).items,
});

export const createApiToken = (body: CreateApiTokenRequest) =>
  api('POST', '/api/api-tokens', createdApiTokenSchema, { body });

export const revokeApiToken = (id: string) => api('DELETE', `/api/api-tokens/${segment(id)}`, apiTokenSchema);
