import { Injectable } from '@nestjs/common';
import type { FlowDetail, importFlowSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { insertFlow } from '../new-flow.js';

/**
 * Creates a flow from an exported file (admins). The file must have the schema's shape (400
 * naming the field otherwise); what it names may not exist here (another organisation's teams),
 * so the answer lists the draft's problems for the admin to fix before publishing.
 */
@Injectable()
export class ImportFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  execute(caller: Caller, input: z.output<typeof importFlowSchema>): Promise<FlowDetail> {
    return this.database.transaction(async (sql) => {
      const name = input.name ?? input.document.name;
      const id = await insertFlow(sql, caller, {
        name,
        description: input.document.description,
        graph: input.document.graph,
      });
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.imported',
        target: { type: 'flow', id, label: name },
        after: {
          name,
          description: input.document.description,
          exportedAt: input.document.exportedAt ?? null,
        },
      });
      return flowDetail(sql, await this.contexts.load(caller.organisationId, sql), caller.organisationId, id);
    });
  }
}
