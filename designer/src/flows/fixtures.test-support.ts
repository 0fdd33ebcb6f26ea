import type { FlowDetail, FlowSummary } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';

/** Builders for unit tests only. */

export const FLOW_ID = '11111111-1111-4111-8111-111111111111';
export const ACCOUNT_ID = '22222222-2222-4222-8222-222222222222';
export const CONVERSATION_ID = '33333333-3333-4333-8333-333333333333';
export const RUN_ID = '44444444-4444-4444-8444-444444444444';

/** The greeting flow without its reminder: the menu's `timeout` output leads nowhere. */
export function danglingGraph(): FlowGraph {
  const graph = greetingFlow();
  graph.nodes = graph.nodes.filter((node) => node.id !== 'reminder');
  graph.edges = graph.edges.filter((edge) => edge.source !== 'reminder' && edge.target !== 'reminder');
  return graph;
}

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
  return { ...flowSummary(), draft: { graph: greetingFlow(), revision: 3 }, problems: [], ...patch };
}
