import {
  type AgentDirectoryEntry,
  type Availability,
  type Conversation,
  agentDirectorySchema,
} from '@parley/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/http';
import { teamsQuery } from '../../routing/teams.api';

export interface AgentChoice {
  id: string;
  name: string;
  /** A member of the conversation's team: listed first. */
  inTeam: boolean;
  availability: Availability;
  openCount: number;
  capacity: number;
}

/** `GET /api/agents`: who conversations can be given to, with their availability and load. */
export const agentsQuery = queryOptions({
  queryKey: ['agents'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/agents', agentDirectorySchema, { signal })).items,
  staleTime: 10_000,
});

const availabilityOrder: Record<Availability, number> = { online: 0, away: 1, offline: 2 };

/**
 * The people a conversation can be given to, without its current agent: the members of its team
 * first, then everyone else; within each, online before away before offline, then by name.
 */
export function agentChoices(
  agents: readonly AgentDirectoryEntry[],
  teamId: string | null,
  currentAgentId: string | null,
  locale: string,
): AgentChoice[] {
  return agents
    .filter((agent) => agent.id !== currentAgentId)
    .map((agent) => ({
      id: agent.id,
      name: agent.name,
      inTeam: teamId !== null && agent.teamIds.includes(teamId),
      availability: agent.availability,
      openCount: agent.openCount,
      capacity: agent.capacity,
    }))
    .sort(
      (a, b) =>
        Number(b.inTeam) - Number(a.inTeam) ||
        availabilityOrder[a.availability] - availabilityOrder[b.availability] ||
        a.name.localeCompare(b.name, locale),
    );
}

/** Who and where a conversation can be moved to; read only while a dialog that needs them is open. */
export function useMoveTargets(conversation: Conversation, enabled: boolean, locale: string) {
  const agents = useQuery({ ...agentsQuery, enabled });
  const teams = useQuery({ ...teamsQuery, enabled });
  return {
    agents: agentChoices(
      agents.data ?? [],
      conversation.team?.id ?? null,
      conversation.assignee?.id ?? null,
      locale,
    ),
    agentsLoading: agents.isPending,
    agentsError: agents.error,
    retryAgents: () => void agents.refetch(),
    teams: teams.data ?? [],
    teamsLoading: teams.isPending,
    teamsError: teams.error,
    retryTeams: () => void teams.refetch(),
  };
}
