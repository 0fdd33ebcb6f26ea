import { Injectable } from '@nestjs/common';
import type { FlowDetail, saveFlowDraftSchema } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { staleRevision } from '../stale-revision.js';

/**
 * Saves a flow's draft (the editor's autosave): only on the revision it was made on, so two
 * editors never overwrite each other — the later save gets 409 STALE_REVISION. The draft must
 * have the schema's shape; validator problems are shown, not refused, until publishing.
 */
@Injectable()
export class SaveFlowDraftUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  execute(caller: Caller, id: string, input: z.output<typeof saveFlowDraftSchema>): Promise<FlowDetail> {
    return this.database.transaction(async (sql) => {
      const saved = await sql
        .updateTable('Flow')
        .set({
          draftGraph: input.graph,
          draftRevision: input.revision + 1,
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.description === undefined ? {} : { description: input.description }),
          updatedAt: new Date(),
          updatedBy: caller.userId,
        })
        .where('id', '=', id)
        .where('organisation', '=', caller.organisationId)
        .where('archivedAt', 'is', null)
        .where('draftRevision', '=', input.revision)
        .executeTakeFirst();
      if (Number(saved.numUpdatedRows) === 0) {
        const flow = await requireFlow(sql, caller.organisationId, id);
        throw staleRevision(input.revision, flow.draftRevision);
      }
      return flowDetail(sql, await this.contexts.load(caller.organisationId, sql), caller.organisationId, id);
    });
  }
}
