import { Injectable } from '@nestjs/common';
import type { FlowSummary } from '@parley/contracts';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, requireFlow, summaryOf } from '../flow-rows.js';
import { activatedAccounts, FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { FlowTriggers } from '../triggers/flow-triggers.service.js';

/**
 * Deletes a flow (admins) by archiving it: it leaves the list and stops listening on its
 * channels, while its versions stay for the runs still going in them and for their analytics.
 */
@Injectable()
export class DeleteFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly triggers: FlowTriggers,
  ) {}

  async execute(caller: Caller, id: string): Promise<FlowSummary> {
    const result = await this.database.transaction(async (sql) => {
      await this.database.lockRow(sql, 'flows', id);
      const flow = await requireFlow(sql, caller.organisationId, id);
      const channelAccountIds = await activatedAccounts(sql, id);
      await sql.deleteFrom('FlowActivation').where('flow', '=', id).execute();
      const now = new Date();
      await sql
        .updateTable('Flow')
        .set({ archivedAt: now, updatedAt: now, updatedBy: caller.userId })
        .where('id', '=', id)
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.deleted',
        target: { type: 'flow', id, label: flow.name },
        before: { name: flow.name, publishedVersion: flow.publishedVersion, channelAccountIds },
      });
      const organisation = await this.contexts.load(caller.organisationId, sql);
      return summaryOf(await flowDetail(sql, organisation, caller.organisationId, id, { archived: true }));
    });
    // Intake reads the active triggers again (other processes within seconds: FlowTriggers).
    this.triggers.invalidate();
    return result;
  }
}
