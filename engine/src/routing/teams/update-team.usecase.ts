import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Team, UpdateTeam } from '@parley/contracts';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { auditedTeam, replaceMembers, requireValidTeam, teamDto } from './team-rows.js';

/**
 * Changes a team (admins): the fields given replace theirs, `members` whole, under the team's lock
 * so no assignment reads half of it. Its queue drains afterwards: members or capacity may have been
 * added.
 */
@Injectable()
export class UpdateTeamUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(caller: Caller, id: string, input: UpdateTeam): Promise<Team> {
    const team = await this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'teams');
      const before = await teamDto(sql, caller.organisationId, id);
      await requireValidTeam(sql, caller.organisationId, {
        id,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.members ? { members: input.members } : {}),
        escalateToTeamId: input.sla?.escalateToTeamId ?? null,
      });
      const { members, ...fields } = input;
      await sql
        .updateTable('Team')
        .set({ ...fields, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      if (members) await replaceMembers(sql, caller.organisationId, id, members, randomUUID);
      const after = await teamDto(sql, caller.organisationId, id);
      await recordAudit(sql, {
        actor: caller,
        action: 'team.updated',
        target: { type: 'team', id, label: after.name },
        before: auditedTeam(before),
        after: auditedTeam(after),
      });
      return after;
    });
    await this.assignment.drain([id]);
    return team;
  }
}
