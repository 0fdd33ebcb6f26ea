import { Injectable } from '@nestjs/common';
import type { FlowRunResponse, listFlowRunsQuerySchema } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { flowRun, flowRuns } from '../flow-runs.js';
import { requireFlow } from '../flow-rows.js';

/** A flow's latest runs (the test panel finds its own so), and one run with its trace. */
@Injectable()
export class ListFlowRunsUseCase {
  constructor(private readonly database: Database) {}

  async list(
    caller: Caller,
    flowId: string,
    query: z.output<typeof listFlowRunsQuerySchema>,
  ): Promise<FlowRunResponse[]> {
    const sql = this.database.sql();
    await requireFlow(sql, caller.organisationId, flowId);
    return flowRuns(sql, caller.organisationId, flowId, query);
  }

  get(caller: Caller, id: string): Promise<FlowRunResponse> {
    return flowRun(this.database.sql(), caller.organisationId, id);
  }
}
