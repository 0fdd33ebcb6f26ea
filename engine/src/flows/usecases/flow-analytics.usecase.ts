import { Injectable } from '@nestjs/common';
import type { FlowAnalytics, flowAnalyticsQuerySchema } from '@parley/contracts';
import { flowDropReasons, type FlowDropReason } from '@parley/workflows/flows';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import {
  type AnalyticsScope,
  medianDurations,
  runTotals,
  stepCounts,
  waitingByNode,
} from '../flow-analytics.queries.js';
import { requireFlow } from '../flow-rows.js';
import { requireVersion } from '../flow-versions.js';

type NodeAnalytics = FlowAnalytics['nodes'][number];

/** Every drop reason, at 0: the contract lists them all. */
const noDrops = () =>
  Object.fromEntries(flowDropReasons.map((reason) => [reason, 0])) as Record<FlowDropReason, number>;

/**
 * How one version of a flow does (the current one unless asked), node by node, over the runs
 * that started in the period: how many entered each node, left by each output, were dropped
 * there and why, rest there now, and how long they stayed. Test runs never count.
 */
@Injectable()
export class FlowAnalyticsUseCase {
  constructor(private readonly database: Database) {}

  async execute(
    caller: Caller,
    flowId: string,
    query: z.output<typeof flowAnalyticsQuerySchema>,
  ): Promise<FlowAnalytics> {
    const sql = this.database.sql();
    const flow = await requireFlow(sql, caller.organisationId, flowId);
    const number = query.version ?? flow.publishedVersion;
    if (number === null)
      throw new ApiError(409, 'FLOW_NOT_PUBLISHED', `${flow.name} has no published version to measure yet`);
    const version = await requireVersion(sql, flowId, number);
    const scope: AnalyticsScope = {
      versionId: version.id,
      ...(query.from ? { from: new Date(query.from) } : {}),
      ...(query.to ? { to: new Date(query.to) } : {}),
    };
    const totals = new Map((await runTotals(sql, scope)).map((row) => [row.status, Number(row.count)]));
    const waiting = new Map(
      (await waitingByNode(sql, scope)).map((row) => [row.currentNode, Number(row.count)]),
    );
    const medians = await medianDurations(sql, this.database.dialect, scope);
    const nodes = new Map<string, NodeAnalytics>(
      version.graph.nodes.map((node) => [
        node.id,
        {
          nodeId: node.id,
          nodeType: node.type,
          label: node.label ?? null,
          entered: waiting.get(node.id) ?? 0,
          completed: {},
          dropped: noDrops(),
          waiting: waiting.get(node.id) ?? 0,
          medianMs: medians.get(node.id) ?? null,
        },
      ]),
    );
    for (const step of await stepCounts(sql, scope)) {
      const node = nodes.get(step.nodeId);
      if (!node) continue;
      node.entered += step.count;
      // An output that ends the flow there counts as a drop, not as completed.
      if (step.port !== null && step.dropReason === null)
        node.completed[step.port] = (node.completed[step.port] ?? 0) + step.count;
      if (step.dropReason !== null && flowDropReasons.includes(step.dropReason))
        node.dropped[step.dropReason] += step.count;
    }
    const count = (status: 'running' | 'completed' | 'assigned' | 'dropped') => totals.get(status) ?? 0;
    return {
      version: number,
      runs: {
        started: [...totals.values()].reduce((sum, value) => sum + value, 0),
        running: count('running'),
        completed: count('completed'),
        assigned: count('assigned'),
        dropped: count('dropped'),
      },
      nodes: [...nodes.values()],
    };
  }
}
