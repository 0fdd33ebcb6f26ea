import { Injectable } from '@nestjs/common';
import type { Organisation, PlanId, UpdateOrganisationRequest } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller, Operator } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { toOrganisationDto } from './organisation.dto.js';

type OrganisationRow = Awaited<ReturnType<typeof organisationOf>>;

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
    return this.change(caller, 'organisation.renamed', (before) => ({
      name: input.name,
      from: { name: before.name },
    }));
  }

  /** The operator's command: what the organisation pays for. */
  async setPlan(operator: Operator, plan: PlanId): Promise<Organisation> {
    return this.change(operator, 'organisation.plan_changed', (before) => ({
      plan,
      from: { plan: before.plan },
    }));
  }

  /** One audited change of the actor's organisation: `patch` says what changes and what it was. */
  private change(
    actor: Caller | Operator,
    action: 'organisation.renamed' | 'organisation.plan_changed',
    patch: (before: OrganisationRow) => { name?: string; plan?: PlanId; from: Record<string, unknown> },
  ): Promise<Organisation> {
    return this.database.transaction(async (sql) => {
      const before = await organisationOf(sql, actor.organisationId);
      const { from, ...to } = patch(before);
      await sql
        .updateTable('Organisation')
        .set({ ...to, updatedAt: new Date() })
        .where('id', '=', actor.organisationId)
        .execute();
      const after = { ...before, ...to };
      await recordAudit(sql, {
        actor,
        action,
        target: { type: 'organisation', id: before.id, label: after.name },
        before: from,
        after: to,
      });
      return toOrganisationDto(after);
    });
  }
}
