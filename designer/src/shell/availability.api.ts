import { agentLoadSchema, type AgentLoad, type SetAvailability } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/http';

/** The signed-in person's availability and load (`GET/PUT /api/me/availability`). */
export const availabilityQuery = queryOptions({
  queryKey: ['me', 'availability'] as const,
  queryFn: ({ signal }) => api('GET', '/api/me/availability', agentLoadSchema, { signal }),
  staleTime: 0,
});

/** Sets whether they take conversations (their own capacity stays as it is). */
export const setAvailability = (body: SetAvailability): Promise<AgentLoad> =>
  api('PUT', '/api/me/availability', agentLoadSchema, { body });
