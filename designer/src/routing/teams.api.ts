import { listSchema, teamSchema, type CreateTeam, type UpdateTeam } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, apiVoid, segment } from '../api/http';

/** The engine's teams (`routing:manage`): Settings → Teams edits them, the routing rules name them. */

const teamList = listSchema(teamSchema);

export const teamsQuery = queryOptions({
  queryKey: ['teams'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/teams', teamList, { signal })).items,
});

export const createTeam = (body: CreateTeam) => api('POST', '/api/teams', teamSchema, { body });

export const updateTeam = (id: string, body: UpdateTeam) =>
  api('PATCH', `/api/teams/${segment(id)}`, teamSchema, { body });

export const deleteTeam = (id: string) => apiVoid('DELETE', `/api/teams/${segment(id)}`);
