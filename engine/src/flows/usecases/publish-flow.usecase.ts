import { Injectable } from '@nestjs/common';
import type { FlowDetail, publishFlowSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { publishVersion } from '../publish-version.js';
import { staleRevision } from '../stale-revision.js';
import { FlowTriggers } from '../triggers/flow-triggers.service.js';

/**
 * Publishes the draft as the flow's next version (admins): the draft the admin saw (`revision`),
 * and only when the validator finds no problem against the flow's channels and the organisation
 * as it is now (422 FLOW_INVALID with every problem otherwise).
 */
@Injectable()
export class PublishFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly triggers: FlowTriggers,
  ) {}

  async execute(caller: Caller, id: string, input: z.output<typeof publishFlowSchema>): Promise<FlowDetail> {
    const result = await this.database.transaction(async (sql) => {
      await this.database.lockRow(sql, 'flows', id);
      const flow = await requireFlow(sql, caller.organisationId, id);
      if (flow.draftRevision !== input.revision) throw staleRevision(input.revision, flow.draftRevision);
      const organisation = await this.contexts.load(caller.organisationId, sql);
      const version = await publishVersion(sql, caller, id, organisation, {
        graph: flow.draftGraph,
        note: input.note,
        rolledBackFrom: null,
      });
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.published',
        target: { type: 'flow', id, label: flow.name },
        after: { version, note: input.note },
      });
      return flowDetail(sql, organisation, caller.organisationId, id);
    });
    // Intake reads the active triggers again (other processes within seconds: FlowTriggers).
    this.triggers.invalidate();
    return result;
  }
}
