import { flowOptionId, type FlowEdge, type FlowGraph, type FlowNode } from '@parley/workflows/flows';

/** The keyword that starts the quick-reply flow, and the one that starts the resting flow. */
export const quickReplyKeyword = 'flowbench';
export const restingKeyword = 'restbench';

/** The resting flow's wait: a week, so nothing times out while the benchmark looks. */
export const restingWaitMinutes = 7 * 24 * 60;

/** What the customer of the quick-reply flow does: the buttons messages in order, the button each one taps. */
export interface QuickReplyPlan {
  graph: FlowGraph;
  /** One per reply_buttons node, in the order the customer meets them: the id the tap sends. */
  taps: { nodeId: string; buttonId: string }[];
  /** Nodes one run passes through (its steps): the trigger, every menu and message, the end. */
  steps: number;
  /** Messages one run sends: a buttons message per tap and a text after each. */
  messages: number;
}

/**
 * trigger → menu 1 → reply 1 → menu 2 → reply 2 → … → reply `taps` → end: a keyword starts it,
 * each menu has two buttons that both lead on to its reply, a reply that is no button ends the
 * flow (it is never sent). With 4 taps: 10 nodes, 8 messages.
 */
export function quickReplyFlow(taps = 4): QuickReplyPlan {
  const nodes: FlowNode[] = [
    {
      id: 'start',
      type: 'trigger',
      position: { x: 0, y: 0 },
      match: { kind: 'keyword', keywords: [quickReplyKeyword], mode: 'exact' },
      priority: 0,
    },
  ];
  const edges: FlowEdge[] = [];
  let previous = { id: 'start', port: 'next' };
  const plan: QuickReplyPlan['taps'] = [];
  for (let step = 1; step <= taps; step++) {
    const menu = `menu_${step}`;
    const reply = `reply_${step}`;
    nodes.push(
      {
        id: menu,
        type: 'reply_buttons',
        label: `Menu ${step}`,
        position: { x: 0, y: step * 300 - 150 },
        body: `Question ${step} of ${taps}: which do you prefer?`,
        buttons: [
          { id: 'left', title: 'Left' },
          { id: 'right', title: 'Right' },
        ],
        noMatch: { reaskText: 'Please tap one of the buttons.', maxReasks: 0 },
        terminalPorts: ['no_match'],
      },
      {
        id: reply,
        type: 'send_message',
        label: `Reply ${step}`,
        position: { x: 0, y: step * 300 },
        content: { kind: 'text', text: `Noted, answer ${step} of ${taps}.` },
      },
    );
    edges.push(
      { id: `e-${previous.id}`, source: previous.id, sourcePort: previous.port, target: menu },
      { id: `e-${menu}-left`, source: menu, sourcePort: 'left', target: reply },
      { id: `e-${menu}-right`, source: menu, sourcePort: 'right', target: reply },
    );
    plan.push({ nodeId: menu, buttonId: flowOptionId(menu, 'left') });
    previous = { id: reply, port: 'next' };
  }
  nodes.push({ id: 'done', type: 'end', position: { x: 0, y: taps * 300 + 150 }, close: false });
  edges.push({ id: `e-${previous.id}`, source: previous.id, sourcePort: previous.port, target: 'done' });
  return {
    graph: { schemaVersion: 1, nodes, edges, settings: { debounceMs: 1_500, stepBudget: 200 } },
    taps: plan,
    steps: nodes.length,
    messages: taps * 2,
  };
}

/** The node the resting flow's runs rest in. */
export const restingNodeId = 'wait';

/** trigger → one message → wait for a reply (a week) → end, the reply and the timeout alike. */
export function restingFlow(): FlowGraph {
  return {
    schemaVersion: 1,
    nodes: [
      {
        id: 'start',
        type: 'trigger',
        position: { x: 0, y: 0 },
        match: { kind: 'keyword', keywords: [restingKeyword], mode: 'exact' },
        priority: 0,
      },
      {
        id: 'ack',
        type: 'send_message',
        position: { x: 0, y: 150 },
        content: { kind: 'text', text: 'Thanks, we will get back to you.' },
      },
      {
        id: restingNodeId,
        type: 'wait_for_reply',
        label: 'Wait a week',
        position: { x: 0, y: 300 },
        timeoutMinutes: restingWaitMinutes,
      },
      { id: 'done', type: 'end', position: { x: 0, y: 450 }, close: false },
    ],
    edges: [
      { id: 'e-start', source: 'start', sourcePort: 'next', target: 'ack' },
      { id: 'e-ack', source: 'ack', sourcePort: 'next', target: restingNodeId },
      { id: 'e-reply', source: restingNodeId, sourcePort: 'reply', target: 'done' },
      { id: 'e-timeout', source: restingNodeId, sourcePort: 'timeout', target: 'done' },
    ],
    settings: { debounceMs: 1_500, stepBudget: 200 },
  };
}
