import type { Team, TeamMember } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';

/** The organisation's teams (or those of `ids`) as the API shows them, by name, members in order. */
export async function teamDtos(sql: Sql, organisationId: string, ids?: string[]): Promise<Team[]> {
  let query = sql
    .selectFrom('Team')
    .select(['id', 'name', 'strategy', 'fallbackStrategy', 'defaultCapacity', 'sla', 'createdAt'])
    .where('organisation', '=', organisationId)
    .orderBy('name');
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', ids);
  }
  const teams = await query.execute();
  if (teams.length === 0) return [];
  const members = await sql
    .selectFrom('TeamMember')
    .select(['team', 'user', 'capacity'])
    .where(
      'team',
      'in',
      teams.map((team) => team.id),
    )
    .orderBy('position')
    .execute();
  const byTeam = new Map<string, TeamMember[]>();
  for (const member of members)
    byTeam.set(member.team, [
      ...(byTeam.get(member.team) ?? []),
      { userId: member.user, capacity: member.capacity ?? null },
    ]);
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    strategy: team.strategy,
    fallbackStrategy: team.fallbackStrategy,
    members: byTeam.get(team.id) ?? [],
    defaultCapacity: team.defaultCapacity,
    sla: team.sla,
    createdAt: new Date(team.createdAt).toISOString(),
  }));
}

export async function teamDto(sql: Sql, organisationId: string, id: string): Promise<Team> {
  const [team] = await teamDtos(sql, organisationId, [id]);
  if (!team) throw new ApiError(404, 'NOT_FOUND', `team ${id} does not exist`);
  return team;
}

/**
 * Refuses (400, naming each field) members who are not active people of the organisation, an
 * escalation team that is not the organisation's, and a name another team has (409).
 */
export async function requireValidTeam(
  sql: Sql,
  organisationId: string,
  team: { id?: string; name?: string; members?: TeamMember[]; escalateToTeamId?: string | null },
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  if (team.members?.length) {
    const active = await sql
      .selectFrom('User')
      .select('id')
      .where('organisation', '=', organisationId)
      .where('status', '=', 'active')
      .where(
        'id',
        'in',
        team.members.map((member) => member.userId),
      )
      .execute();
    const known = new Set(active.map((user) => user.id));
    team.members.forEach((member, index) => {
      if (!known.has(member.userId))
        issues.push({
          path: `members.${index}.userId`,
          message: 'is not an active person of this organisation',
        });
    });
  }
  if (team.escalateToTeamId) {
    const target = await sql
      .selectFrom('Team')
      .select('id')
      .where('id', '=', team.escalateToTeamId)
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    if (!target || target.id === team.id)
      issues.push({ path: 'sla.escalateToTeamId', message: 'must be another team of this organisation' });
  }
  if (issues.length > 0)
    throw new ApiError(
      400,
      'INVALID_INPUT',
      `Invalid body: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
  if (team.name !== undefined) {
    let taken = sql
      .selectFrom('Team')
      .select('id')
      .where('organisation', '=', organisationId)
      .where('name', '=', team.name);
    if (team.id) taken = taken.where('id', '!=', team.id);
    if (await taken.executeTakeFirst())
      throw new ApiError(409, 'TEAM_NAME_TAKEN', `a team is already named ${team.name}`);
  }
}

/** Replaces the team's members, in the order given. */
export async function replaceMembers(
  sql: Sql,
  organisationId: string,
  teamId: string,
  members: TeamMember[],
  newId: () => string,
): Promise<void> {
  await sql.deleteFrom('TeamMember').where('team', '=', teamId).execute();
  if (members.length === 0) return;
  await sql
    .insertInto('TeamMember')
    .values(
      members.map((member, position) => ({
        id: newId(),
        organisation: organisationId,
        team: teamId,
        user: member.userId,
        position,
        capacity: member.capacity,
      })),
    )
    .execute();
}

/** A team's fields for the audit log. */
export const auditedTeam = ({ createdAt: _createdAt, ...team }: Team) => team;
