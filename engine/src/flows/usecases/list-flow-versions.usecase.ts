import { Injectable } from '@nestjs/common';
import type { FlowVersion, FlowVersionSummary } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { requireFlow } from '../flow-rows.js';
import { flowVersion, flowVersionSummaries } from '../flow-versions.js';

/** A flow's published versions, newest first, and one version with its graph. */
@Injectable()
export class ListFlowVersionsUseCase {
  constructor(private readonly database: Database) {}

  async list(caller: Caller, flowId: string): Promise<FlowVersionSummary[]> {
    const sql = this.database.sql();
    return flowVersionSummaries(sql, await requireFlow(sql, caller.organisationId, flowId));
  }

  async get(caller: Caller, flowId: string, version: number): Promise<FlowVersion> {
    const sql = this.database.sql();
    return flowVersion(sql, await requireFlow(sql, caller.organisationId, flowId), version);
  }
}
