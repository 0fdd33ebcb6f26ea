import type { FlowDetail, FlowSummary } from '@parley/contracts';
import type { FlowGraph, FlowValidationContext } from '@parley/workflows/flows';

/** Builders for unit tests only. */

export const FLOW_ID = '11111111-1111-4111-8111-111111111111';
export const ACCOUNT_ID = '22222222-2222-4222-8222-222222222222';
export const CONVERSATION_ID = '33333333-3333-4333-8333-333333333333';
export const RUN_ID = '44444444-4444-4444-8444-444444444444';

/** A trigger, a welcome message and an end, all connected. */
export const connectedGraph: FlowGraph = {
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
      id: 'hello',
      type: 'send_message',
      label: 'Welcome',
      position: { x: 0, y: 120 },
      content: { kind: 'text', text: 'Hello!' },
    },
    { id: 'done', type: 'end', position: { x: 0, y: 240 }, close: false },
  ],
  edges: [
    { id: 'e1', source: 'start', sourcePort: 'next', target: 'hello' },
    { id: 'e2', source: 'hello', sourcePort: 'next', target: 'done' },
  ],
  settings: { debounceMs: 1_500, stepBudget: 200 },
};

/** The same without its second edge: the welcome message's output leads nowhere. */
export const danglingGraph: FlowGraph = {
  ...connectedGraph,
  nodes: connectedGraph.nodes.filter((node) => node.id !== 'done'),
  edges: connectedGraph.edges.filter((edge) => edge.id !== 'e2'),
};

export const emptyContext: FlowValidationContext = {
  channels: [],
  templates: [],
  teams: [],
  agents: [],
  flows: [],
  secrets: [],
  allowedHosts: [],
};

export function flowSummary(patch: Partial<FlowSummary> = {}): FlowSummary {
  return {
    id: FLOW_ID,
    name: 'Welcome menu',
    description: 'Greets new customers',
    status: 'active',
    publishedVersion: 2,
    unpublishedChanges: true,
    channelAccountIds: [ACCOUNT_ID],
    problemCount: 0,
    runningCount: 3,
    updatedAt: '2025-06-16T01:00:00.000Z',
    updatedBy: { id: '55555555-5555-4555-8555-555555555555', name: 'Aiko Tanaka' },
    ...patch,
  };
}

export function flowDetail(patch: Partial<FlowDetail> = {}): FlowDetail {
  return { ...flowSummary(), draft: { graph: connectedGraph, revision: 3 }, problems: [], ...patch };
}
