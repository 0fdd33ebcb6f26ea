import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Team, createTeamSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { auditedTeam, replaceMembers, requireValidTeam, teamDto } from './team-rows.js';

/** Creates a team (admins): a unique name, active members, an escalation team of the organisation. */
@Injectable()
export class CreateTeamUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, input: z.output<typeof createTeamSchema>): Promise<Team> {
    return this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'teams');
      await requireValidTeam(sql, caller.organisationId, {
        name: input.name,
        members: input.members,
        escalateToTeamId: input.sla.escalateToTeamId,
      });
      const id = randomUUID();
      const now = new Date();
      await sql
        .insertInto('Team')
        .values({
          id,
          organisation: caller.organisationId,
          name: input.name,
          strategy: input.strategy,
          fallbackStrategy: input.fallbackStrategy,
          defaultCapacity: input.defaultCapacity,
          sla: input.sla,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await replaceMembers(sql, caller.organisationId, id, input.members, randomUUID);
      const team = await teamDto(sql, caller.organisationId, id);
      await recordAudit(sql, {
        actor: caller,
        action: 'team.created',
        target: { type: 'team', id, label: team.name },
        after: auditedTeam(team),
      });
      return team;
    });
  }
}
