import type { AssignmentCandidate, FallbackStrategy, Strategy } from '@parley/contracts';
import type { Database, Sql } from '../infrastructure/database/database.js';

/** The capacity of an agent who never set their own, outside any team. */
export const fallbackCapacity = 5;

export interface LockedTeam {
  id: string;
  organisationId: string;
  strategy: Strategy;
  fallbackStrategy: FallbackStrategy;
  defaultCapacity: number;
  lastAssignedUserId: string | null;
}

const toDate = (value: Date | string | number | null | undefined) =>
  value === null || value === undefined ? null : new Date(value);

/**
 * Locks the team's row for the rest of the transaction and reads it (when it is the organisation's,
 * if one is named): assignments within a team
 * are serialised, so its round-robin pointer is read and moved once per assignment.
 */
export async function lockTeam(
  database: Database,
  sql: Sql,
  teamId: string,
  organisationId?: string,
): Promise<LockedTeam | undefined> {
  await database.lockRow(sql, 'teams', teamId);
  let query = sql
    .selectFrom('Team')
    .select(['id', 'organisation', 'strategy', 'fallbackStrategy', 'defaultCapacity', 'lastAssignedUser'])
    .where('id', '=', teamId);
  if (organisationId !== undefined) query = query.where('organisation', '=', organisationId);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    organisationId: row.organisation,
    strategy: row.strategy,
    fallbackStrategy: row.fallbackStrategy,
    defaultCapacity: row.defaultCapacity,
    lastAssignedUserId: row.lastAssignedUser ?? null,
  };
}

/**
 * The team's active members as assignment sees them now, in the team's order: availability, open
 * conversations (across all their teams), and their capacity here — this team's override, else
 * their own, else the team's default. A member who never came online counts as offline.
 */
export async function teamCandidates(sql: Sql, team: LockedTeam): Promise<AssignmentCandidate[]> {
  const rows = await sql
    .selectFrom('TeamMember')
    .innerJoin('User', 'User.id', 'TeamMember.user')
    .leftJoin('AgentState', 'AgentState.user', 'TeamMember.user')
    .select([
      'TeamMember.user as agentId',
      'TeamMember.capacity as override',
      'AgentState.availability',
      'AgentState.capacity',
      'AgentState.openCount',
      'AgentState.lastAssignedAt',
      'AgentState.idleSince',
    ])
    .where('TeamMember.team', '=', team.id)
    .where('User.status', '=', 'active')
    .orderBy('TeamMember.position')
    .orderBy('TeamMember.id')
    .execute();
  return rows.map((row) => ({
    agentId: row.agentId,
    availability: row.availability ?? 'offline',
    openConversations: row.openCount ?? 0,
    capacity: row.override ?? row.capacity ?? team.defaultCapacity,
    lastAssignedAt: toDate(row.lastAssignedAt),
    idleSince: toDate(row.idleSince),
  }));
}

/**
 * The agent's capacity for a conversation of `teamId` (an admin's manual assignment): as in
 * `teamCandidates` when they are a member; their own, else the team's default, else 5 otherwise.
 */
export async function capacityFor(sql: Sql, userId: string, teamId: string | null): Promise<number> {
  const own = await sql
    .selectFrom('AgentState')
    .select('capacity')
    .where('user', '=', userId)
    .executeTakeFirst();
  if (teamId === null) return own?.capacity ?? fallbackCapacity;
  const team = await sql
    .selectFrom('Team')
    .leftJoin('TeamMember', (join) =>
      join.onRef('TeamMember.team', '=', 'Team.id').on('TeamMember.user', '=', userId),
    )
    .select(['Team.defaultCapacity', 'TeamMember.capacity as override'])
    .where('Team.id', '=', teamId)
    .executeTakeFirst();
  return team?.override ?? own?.capacity ?? team?.defaultCapacity ?? fallbackCapacity;
}

/** The teams the agent belongs to: where a slot of theirs that frees may take a queued conversation. */
export async function teamsOf(sql: Sql, userId: string): Promise<string[]> {
  const rows = await sql.selectFrom('TeamMember').select('team').where('user', '=', userId).execute();
  return rows.map((row) => row.team);
}
