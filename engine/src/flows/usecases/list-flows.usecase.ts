import { Injectable } from '@nestjs/common';
import type { FlowDetail, FlowSummary } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowDetail, flowDetails, summaryOf } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';

/** The organisation's flows, and one flow with its draft and the draft's problems. */
@Injectable()
export class ListFlowsUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
  ) {}

  async list(caller: Caller): Promise<FlowSummary[]> {
    const sql = this.database.sql();
    const organisation = await this.contexts.load(caller.organisationId, sql);
    return (await flowDetails(sql, organisation, caller.organisationId)).map(summaryOf);
  }

  async get(caller: Caller, id: string): Promise<FlowDetail> {
    const sql = this.database.sql();
    const organisation = await this.contexts.load(caller.organisationId, sql);
    return flowDetail(sql, organisation, caller.organisationId, id);
  }
}
