import { Injectable } from '@nestjs/common';
import type { Organisation, PlanId, UpdateOrganisationRequest } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller, Operator } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { toOrganisationDto } from './organisation.dto.js';

async function organisationOf(sql: Sql, organisationId: string) {
  const row = await sql
    .selectFrom('Organisation')
    .selectAll()
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `organisation ${organisationId} does not exist`);
  return row;
}

@Injectable()
export class OrganisationUseCase {
  constructor(private readonly database: Database) {}

  async get(caller: Caller): Promise<Organisation> {
    return toOrganisationDto(await organisationOf(this.database.sql(), caller.organisationId));
  }

  async rename(caller: Caller, input: UpdateOrganisationRequest): Promise<Organisation> {
    return this.database.transaction(async (sql) => {
      const before = await organisationOf(sql, caller.organisationId);
      await sql
        .updateTable('Organisation')
        .set({ name: input.name, updatedAt: new Date() })
        .where('id', '=', caller.organisationId)
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'organisation.renamed',
        target: { type: 'organisation', id: before.id, label: input.name },
        before: { name: before.name },
        after: { name: input.name },
      });
      return toOrganisationDto({ ...before, name: input.name });
    });
  }

  /** The operator's command: what the organisation pays for. */
  async setPlan(operator: Operator, plan: PlanId): Promise<Organisation> {
    return this.database.transaction(async (sql) => {
      const before = await organisationOf(sql, operator.organisationId);
      await sql
        .updateTable('Organisation')
        .set({ plan, updatedAt: new Date() })
        .where('id', '=', operator.organisationId)
        .execute();
      await recordAudit(sql, {
        actor: operator,
        action: 'organisation.plan_changed',
        target: { type: 'organisation', id: before.id, label: before.name },
        before: { plan: before.plan },
        after: { plan },
      });
      return toOrganisationDto({ ...before, plan });
    });
  }
}
