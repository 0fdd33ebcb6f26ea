import { Injectable } from '@nestjs/common';
import type { FlowDetail, duplicateFlowSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { insertFlow } from '../new-flow.js';

const maxName = 80;

/** `<name> (copy)`, the name cut so the whole fits in 80 characters. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  return `${name.slice(0, maxName - suffix.length).trimEnd()}${suffix}`;
}

/** Copies a flow's draft into a new, unpublished flow (admins); versions and activations stay behind. */
@Injectable()
export class DuplicateFlowUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  execute(caller: Caller, id: string, input: z.output<typeof duplicateFlowSchema>): Promise<FlowDetail> {
    return this.database.transaction(async (sql) => {
      const source = await requireFlow(sql, caller.organisationId, id);
      const name = input.name ?? copyName(source.name);
      const copy = await insertFlow(sql, caller, {
        name,
        description: source.description,
        graph: source.draftGraph,
      });
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.created',
        target: { type: 'flow', id: copy, label: name },
        after: { name, description: source.description, duplicatedFrom: id },
      });
      return flowDetail(
        sql,
        await this.contexts.load(caller.organisationId, sql),
        caller.organisationId,
        copy,
      );
    });
  }
}
