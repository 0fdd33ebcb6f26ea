import { Injectable } from '@nestjs/common';
import type { FlowDiff, flowDiffQuerySchema } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { diffFlowGraphs } from '../flow-diff.js';
import { requireFlow } from '../flow-rows.js';
import { requireVersion } from '../flow-versions.js';

/** What changed between two versions of a flow, or from a version to the draft. */
@Injectable()
export class DiffFlowUseCase {
  constructor(private readonly database: Database) {}

  async execute(
    caller: Caller,
    flowId: string,
    query: z.output<typeof flowDiffQuerySchema>,
  ): Promise<FlowDiff> {
    const sql = this.database.sql();
    const flow = await requireFlow(sql, caller.organisationId, flowId);
    const from = await requireVersion(sql, flowId, query.from);
    const to = query.to === 'draft' ? flow.draftGraph : (await requireVersion(sql, flowId, query.to)).graph;
    return { from: query.from, to: query.to, ...diffFlowGraphs(from.graph, to) };
  }
}
