import type { Team } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { teamsQuery } from './teams.api';

/** A saved team into the cached list at once (added when new), then the list read again. */
export async function teamSaved(queryClient: QueryClient, team: Team): Promise<void> {
  queryClient.setQueryData(teamsQuery.queryKey, (teams) => {
    if (!teams) return teams;
    return teams.some((t) => t.id === team.id)
      ? teams.map((t) => (t.id === team.id ? team : t))
      : [...teams, team];
  });
  await queryClient.invalidateQueries({ queryKey: teamsQuery.queryKey });
}

/** A deleted team out of the cached list at once, then the list read again. */
export async function teamDeleted(queryClient: QueryClient, id: string): Promise<void> {
  queryClient.setQueryData(teamsQuery.queryKey, (teams) => teams?.filter((t) => t.id !== id));
  await queryClient.invalidateQueries({ queryKey: teamsQuery.queryKey });
}
