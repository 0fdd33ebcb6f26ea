import { Injectable } from '@nestjs/common';
import type { FlowDetail, createFlowSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { insertFlow, starterGraph } from '../new-flow.js';

/** Creates a flow (admins): a draft, unpublished, from the graph given or a lone trigger. */
@Injectable()
export class CreateFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  execute(caller: Caller, input: z.output<typeof createFlowSchema>): Promise<FlowDetail> {
    return this.database.transaction(async (sql) => {
      const id = await insertFlow(sql, caller, {
        name: input.name,
        description: input.description,
        graph: input.graph ?? starterGraph(),
      });
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.created',
        target: { type: 'flow', id, label: input.name },
        after: { name: input.name, description: input.description },
      });
      return flowDetail(sql, await this.contexts.load(caller.organisationId, sql), caller.organisationId, id);
    });
  }
}
