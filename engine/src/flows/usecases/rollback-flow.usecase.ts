import { Injectable } from '@nestjs/common';
import type { FlowDetail, rollbackFlowSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { requireVersion } from '../flow-versions.js';
import { publishVersion } from '../publish-version.js';
import { FlowTriggers } from '../triggers/flow-triggers.service.js';

/**
 * Rolls a flow back to an earlier version (admins): publishes that version's graph again as the
 * next version (history only grows), and resets the draft to it — an editor still on the old
 * draft gets 409 STALE_REVISION on their next save. The graph is validated again: what it names
 * (a team, a template) may be gone since.
 */
@Injectable()
export class RollbackFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly triggers: FlowTriggers,
  ) {}

  async execute(caller: Caller, id: string, input: z.output<typeof rollbackFlowSchema>): Promise<FlowDetail> {
    const result = await this.database.transaction(async (sql) => {
      await this.database.lockRow(sql, 'flows', id);
      const flow = await requireFlow(sql, caller.organisationId, id);
      const target = await requireVersion(sql, id, input.version);
      const organisation = await this.contexts.load(caller.organisationId, sql);
      const version = await publishVersion(sql, caller, id, organisation, {
        graph: target.graph,
        note: input.note,
        rolledBackFrom: input.version,
      });
      await sql
        .updateTable('Flow')
        .set({ draftGraph: target.graph, draftRevision: flow.draftRevision + 1 })
        .where('id', '=', id)
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.rolled_back',
        target: { type: 'flow', id, label: flow.name },
        before: { version: flow.publishedVersion },
        after: { version, rolledBackFrom: input.version, note: input.note },
      });
      return flowDetail(sql, organisation, caller.organisationId, id);
    });
    // Intake reads the active triggers again (other processes within seconds: FlowTriggers).
    this.triggers.invalidate();
    return result;
  }
}
