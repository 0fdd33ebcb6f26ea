import { Injectable } from '@nestjs/common';
import type { FlowValidationContext } from '@parley/workflows/flows';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';

/**
 * What the validator checks a flow against, so the editor runs the same validator as publishing:
 * one flow's (its channels), or a new flow's (every channel of the organisation).
 */
@Injectable()
export class GetValidationContextUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  async execute(caller: Caller, flowId: string | undefined): Promise<FlowValidationContext> {
    const sql = this.database.sql();
    if (flowId) await requireFlow(sql, caller.organisationId, flowId);
    return this.contexts.forFlow(caller.organisationId, flowId ?? null, sql);
  }
}
