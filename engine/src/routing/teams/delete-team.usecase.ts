import { Injectable } from '@nestjs/common';
import type { Team } from '@parley/contracts';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { auditedTeam, teamDto } from './team-rows.js';

/**
 * Deletes a team (admins) that nothing needs any more: no routing rule or default sends
 * conversations to it, no team escalates to it, and none of its conversations is still open.
 */
@Injectable()
export class DeleteTeamUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<Team> {
    return this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'teams');
      const team = await teamDto(sql, caller.organisationId, id);
      const settings = await sql
        .selectFrom('RoutingSettings')
        .select('rules')
        .where('organisation', '=', caller.organisationId)
        .executeTakeFirst();
      const rules = settings?.rules;
      if (rules && (rules.defaultTeamId === id || rules.rules.some((rule) => rule.teamId === id)))
        throw new ApiError(409, 'TEAM_IN_USE', `routing rules send conversations to ${team.name}`);
      const escalating = (
        await sql
          .selectFrom('Team')
          .select(['name', 'sla'])
          .where('organisation', '=', caller.organisationId)
          .execute()
      ).find((other) => other.sla.escalateToTeamId === id);
      if (escalating) throw new ApiError(409, 'TEAM_IN_USE', `${escalating.name} escalates to ${team.name}`);
      const open = await sql
        .selectFrom('Conversation')
        .select('id')
        .where('team', '=', id)
        .where('status', '!=', 'closed')
        .limit(1)
        .executeTakeFirst();
      if (open)
        throw new ApiError(
          409,
          'TEAM_HAS_CONVERSATIONS',
          `${team.name} still has open conversations; transfer them first`,
        );
      await sql.deleteFrom('TeamMember').where('team', '=', id).execute();
      await sql.deleteFrom('Team').where('id', '=', id).execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'team.deleted',
        target: { type: 'team', id, label: team.name },
        before: auditedTeam(team),
      });
      return team;
    });
  }
}
