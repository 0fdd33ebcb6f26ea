import { randomUUID } from 'node:crypto';
import type { FlowGraph } from '@parley/workflows/flows';
import type { Database } from '../infrastructure/database/database.js';

/**
 * A valid flow for the engine's tests: a new conversation gets "How can we help?" with two
 * buttons; `order` answers and ends, `talk` hands over to `teamId` (when given; else it ends too);
 * a reply that is no button ends the flow. A fresh object each call: tests change one thing.
 */
export function menuGraph(teamId?: string): FlowGraph {
  return {
    schemaVersion: 1,
    nodes: [
      {
        id: 'start',
        type: 'trigger',
        position: { x: 0, y: 0 },
        match: { kind: 'new_conversation' },
        priority: 0,
      },
      {
        id: 'menu',
        type: 'reply_buttons',
        label: 'Main menu',
        position: { x: 0, y: 150 },
        body: 'How can we help?',
        buttons: [
          { id: 'order', title: 'My order' },
          { id: 'talk', title: 'Talk to us' },
        ],
        noMatch: { reaskText: 'Please tap one of the buttons.', maxReasks: 1 },
        terminalPorts: ['no_match', ...(teamId ? [] : ['talk'])],
      },
      {
        id: 'order_reply',
        type: 'send_message',
        position: { x: -200, y: 300 },
        content: { kind: 'text', text: 'Your order is on its way.' },
      },
      ...(teamId
        ? [
            {
              id: 'handover',
              type: 'assign' as const,
              position: { x: 200, y: 300 },
              target: { kind: 'team' as const, teamId },
            },
          ]
        : []),
      { id: 'done', type: 'end', position: { x: 0, y: 450 }, close: false },
    ],
    edges: [
      { id: 'e-start', source: 'start', sourcePort: 'next', target: 'menu' },
      { id: 'e-order', source: 'menu', sourcePort: 'order', target: 'order_reply' },
      ...(teamId ? [{ id: 'e-talk', source: 'menu', sourcePort: 'talk', target: 'handover' }] : []),
      { id: 'e-order-done', source: 'order_reply', sourcePort: 'next', target: 'done' },
    ],
    settings: { debounceMs: 1_500, stepBudget: 200 },
  };
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
