import { randomUUID } from 'node:crypto';
import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import type { Database } from '../infrastructure/database/database.js';

/**
 * The greeting flow of `@parley/workflows/flows/testing` for the engine's tests, its `talk` handover
 * going to `teamId` (a team of the test's organisation; any other id is a `team_missing` problem)
 * or, without one, left out: the `talk` button then ends the flow, which validates in any
 * organisation. A fresh object each call: tests change one thing.
 */
export function menuGraph(teamId?: string): FlowGraph {
  const graph = greetingFlow();
  if (teamId) {
    for (const node of graph.nodes) if (node.type === 'assign') node.target = { kind: 'team', teamId };
    return graph;
  }
  graph.nodes = graph.nodes.filter((node) => node.id !== 'talk');
  graph.edges = graph.edges.filter((edge) => edge.target !== 'talk');
  for (const node of graph.nodes)
    if (node.id === 'menu') node.terminalPorts = [...(node.terminalPorts ?? []), 'talk'];
  return graph;
}

/** A run of a flow's version as the runtime records it, with the steps it took. */
export async function insertRun(
  database: Database,
  run: {
    organisationId: string;
    flowId: string;
    versionId: string;
    conversationId: string;
    status: 'running' | 'completed' | 'assigned' | 'dropped';
    startedAt: Date;
    currentNode?: string;
    test?: boolean;
    steps: { nodeId: string; nodeType: string; ms: number; port: string | null; dropReason?: 'timeout' }[];
  },
): Promise<string> {
  const id = randomUUID();
  const sql = database.sql();
  await sql
    .insertInto('FlowRun')
    .values({
      id,
      organisation: run.organisationId,
      flow: run.flowId,
      flowVersion: run.versionId,
      conversation: run.conversationId,
      test: run.test ?? false,
      testGraph: null,
      status: run.status,
      dropReason: run.status === 'dropped' ? 'timeout' : null,
      detail: null,
      currentNode: run.currentNode ?? null,
      restingSince: run.currentNode ? run.startedAt : null,
      startedAt: run.startedAt,
      endedAt: run.status === 'running' ? null : run.startedAt,
      startedBy: null,
    })
    .execute();
  let at = run.startedAt.getTime();
  for (const [seq, step] of run.steps.entries()) {
    await sql
      .insertInto('FlowStep')
      .values({
        id: randomUUID(),
        organisation: run.organisationId,
        run: id,
        flowVersion: run.versionId,
        seq,
        nodeId: step.nodeId,
        nodeType: step.nodeType,
        enteredAt: new Date(at),
        exitedAt: new Date(at + step.ms),
        port: step.port,
        dropReason: step.dropReason ?? null,
        trace: null,
      })
      .execute();
    at += step.ms;
  }
  return id;
}
