import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowOptionId, type FlowReply, type LoadedFlow } from '../runtime.contract.js';
import type { FlowGraph, FlowNode } from '../schema/flow-graph.schema.js';
import { validFlowGraph } from '../testing/arbitraries.js';
import { greetingFlow } from '../testing/greeting-flow.js';
import { advance, startRun, type FlowRunState, type TurnPlan } from './flow-run.js';
import type { StepEvent } from './step.types.js';

const t0 = Date.parse('2026-12-01T09:00:00Z');
const minute = 60_000;
const loaded = (graph: FlowGraph, flowId = 'flow-1'): LoadedFlow => ({
  flowId,
  versionId: `${flowId}-v1`,
  version: 1,
  graph,
});
const open = { now: t0, windowOpen: true };
const text = (value: string): FlowReply => ({ type: 'text', text: value, payload: null });
const tap = (node: string, option: string): FlowReply => ({
  type: 'interactive_reply',
  text: option,
  payload: flowOptionId(node, option),
});

function run(graph: FlowGraph, extra: Partial<Parameters<typeof startRun>[0]> = {}): FlowRunState {
  return startRun({
    runId: 'run-1',
    test: false,
    flow: loaded(graph),
    contact: { name: 'Hana', phone: '+819012345678', language: 'ja', tags: ['VIP'] },
    businessHours: null,
    lastReply: 'hello',
    now: t0,
    ...extra,
  });
}

const steps = (plan: TurnPlan) =>
  plan.records.map((record) =>
    record.dropReason ? `${record.nodeId}!${record.dropReason}` : `${record.nodeId}:${record.port}`,
  );
const sent = (plan: TurnPlan) =>
  plan.effects.map((effect) => (effect.kind === 'send' ? JSON.stringify(effect.message) : effect.kind));

/** A graph of the given nodes after a trigger, each `next` to the following one, the last one's outputs ending the flow. */
type Unplaced = FlowNode extends infer N ? (N extends FlowNode ? Omit<N, 'position'> : never) : never;

function chain(...nodes: Unplaced[]): FlowGraph {
  const all = [{ id: 'start', type: 'trigger', match: { kind: 'any_message' }, priority: 0 }, ...nodes].map(
    (node) => ({
      ...node,
      position: { x: 0, y: 0 },
    }),
  ) as FlowNode[];
  return {
    schemaVersion: 1,
    nodes: all,
    edges: all.slice(1).map((node, index) => ({
      id: `e${index}`,
      source: all[index]!.id,
      sourcePort: 'next',
      target: node.id,
    })),
    settings: { debounceMs: 0, stepBudget: 200 },
  };
}

describe('the flow interpreter', () => {
  it('sends the greeting’s buttons and rests in them with a 10-minute timeout', () => {
    const state = run(greetingFlow());
    const plan = advance(state, { kind: 'enter' }, open);
    expect(steps(plan)).toEqual(['start:next']);
    expect(plan.effects).toEqual([
      {
        kind: 'send',
        key: 'flow:run-1:1:0',
        windowOpen: true,
        message: {
          type: 'reply_buttons',
          body: 'How can we help?',
          buttons: [
            { id: 'flow:menu:order', title: 'My order' },
            { id: 'flow:menu:talk', title: 'Talk to us' },
            { id: 'flow:menu:hours', title: 'Opening hours' },
          ],
        },
      },
    ]);
    expect(state.nodeId).toBe('menu');
    expect(state.waiting).toEqual({ until: t0 + 10 * minute, acceptsReplies: true });
    expect(plan.end).toBeUndefined();
  });

  it('follows the tapped button to its answer and ends', () => {
    const state = run(greetingFlow());
    advance(state, { kind: 'enter' }, open);
    const plan = advance(
      state,
      { kind: 'reply', reply: tap('menu', 'order') },
      { ...open, now: t0 + minute },
    );
    expect(steps(plan)).toEqual(['menu:order', 'order_reply:next', 'done:null']);
    expect(sent(plan)).toEqual([
      JSON.stringify({
        type: 'text',
        text: 'Your order is on its way: you will get a message when it arrives.',
      }),
    ]);
    expect(plan.end).toEqual({ status: 'completed' });
    expect(plan.records[0]).toMatchObject({
      enteredAt: new Date(t0).toISOString(),
      exitedAt: new Date(t0 + minute).toISOString(),
    });
  });

  it('understands a typed button title in full-width letters, and hands "Talk to us" to the team', () => {
    const state = run(greetingFlow());
    advance(state, { kind: 'enter' }, open);
    const plan = advance(state, { kind: 'reply', reply: text('ＴＡＬＫ ＴＯ ＵＳ') }, open);
    expect(plan.effects).toEqual([{ kind: 'assign', target: { kind: 'team', teamId: 'team-support' } }]);
    expect(plan.end).toEqual({ status: 'assigned' });
    expect(state.variables.last_reply).toBe('ＴＡＬＫ ＴＯ ＵＳ');
  });

  it('sends the reminder when the timeout fires', () => {
    const state = run(greetingFlow());
    advance(state, { kind: 'enter' }, open);
    const plan = advance(state, { kind: 'timeout' }, { ...open, now: t0 + 10 * minute });
    expect(steps(plan)).toEqual(['menu:timeout', 'reminder:next', 'done:null']);
    expect(plan.end).toEqual({ status: 'completed' });
  });

  it('asks again on a reply that is no button, then ends at the terminal no_match output', () => {
    const state = run(greetingFlow());
    advance(state, { kind: 'enter' }, open);
    const again = advance(state, { kind: 'reply', reply: text('what?') }, open);
    expect(again.effects).toHaveLength(1);
    expect(again.effects[0]).toMatchObject({
      kind: 'send',
      key: 'flow:run-1:1:1',
      message: { body: 'Please tap one of the buttons.' },
    });
    expect(state.waiting?.until).toBe(t0 + 10 * minute); // the timeout does not restart
    const gaveUp = advance(state, { kind: 'reply', reply: text('still no') }, open);
    expect(steps(gaveUp)).toEqual(['menu!terminal_port']);
    expect(gaveUp.records[0]?.port).toBe('no_match');
    expect(gaveUp.end).toMatchObject({ status: 'dropped', reason: 'terminal_port' });
  });

  it('stops a loop that never waits with the step budget', () => {
    const graph = chain({ id: 'count', type: 'set_variable', name: 'n', value: 'x{{n}}' });
    graph.edges.push({ id: 'loop', source: 'count', sourcePort: 'next', target: 'count' });
    graph.settings.stepBudget = 25;
    const plan = advance(run(graph), { kind: 'enter' }, open);
    expect(plan.end).toMatchObject({ status: 'dropped', reason: 'step_budget' });
    // 25 nodes passed, the 26th stopped in.
    expect(plan.records).toHaveLength(26);
    expect(plan.records.at(-1)).toMatchObject({ nodeId: 'count', port: null, dropReason: 'step_budget' });
  });

  it('collects a valid email after a retry, and fills it into the next message', () => {
    const graph = chain(
      {
        id: 'ask',
        type: 'collect_input',
        prompt: 'Your email?',
        inputType: 'email',
        saveAs: 'email',
        retryText: 'That does not look like an email.',
        maxAttempts: 3,
      },
      {
        id: 'thanks',
        type: 'send_message',
        content: { kind: 'text', text: 'Thanks {{contact.name}}, we wrote to {{email}}' },
      },
    );
    const state = run(graph);
    expect(sent(advance(state, { kind: 'enter' }, open))).toEqual([
      JSON.stringify({ type: 'text', text: 'Your email?' }),
    ]);
    expect(sent(advance(state, { kind: 'reply', reply: text('nope') }, open))).toEqual([
      JSON.stringify({ type: 'text', text: 'That does not look like an email.' }),
    ]);
    const done = advance(state, { kind: 'reply', reply: text('Ｈａｎａ@Example.jp') }, open);
    expect(sent(done)).toEqual([
      JSON.stringify({ type: 'text', text: 'Thanks Hana, we wrote to hana@example.jp' }),
    ]);
    expect(done.end).toMatchObject({ status: 'dropped', reason: 'terminal_port' });
  });

  it('asks the engine for an HTTP request and goes on by its answer, keeping secrets as placeholders', () => {
    const graph = chain({
      id: 'lookup',
      type: 'http_request',
      method: 'POST',
      url: 'https://api.example.com/orders/{{last_reply}}',
      headers: [{ name: 'Authorization', value: 'Bearer {{secret.API_TOKEN}}' }],
      body: '{"phone":"{{contact.phone}}"}',
      timeoutMs: 3_000,
      responseMap: [{ path: 'order.status', variable: 'status' }],
    });
    graph.nodes.push({
      id: 'said',
      type: 'send_message',
      position: { x: 0, y: 0 },
      content: { kind: 'text', text: 'Status: {{status}}' },
    });
    graph.edges = graph.edges.filter((edge) => edge.source !== 'lookup');
    graph.edges.push({ id: 'ok', source: 'lookup', sourcePort: 'success', target: 'said' });
    const state = run(graph, { lastReply: 'A-1' });
    const asking = advance(state, { kind: 'enter' }, open);
    expect(asking.call).toEqual({
      kind: 'http',
      request: {
        method: 'POST',
        url: 'https://api.example.com/orders/A-1',
        headers: [{ name: 'Authorization', value: 'Bearer {{secret.API_TOKEN}}' }],
        body: '{"phone":"+819012345678"}',
        timeoutMs: 3_000,
        responseMap: [{ path: 'order.status', variable: 'status' }],
      },
    });
    const answered = advance(
      state,
      { kind: 'call_result', result: { kind: 'http', ok: true, status: 200, values: { status: 'shipped' } } },
      open,
    );
    expect(sent(answered)).toEqual([JSON.stringify({ type: 'text', text: 'Status: shipped' })]);
    expect(steps(answered)).toEqual(['lookup:success', 'said!terminal_port']);
  });

  it('goes on in another flow’s version from the node after its trigger', () => {
    const state = run(chain({ id: 'jump', type: 'go_to_flow', flowId: 'flow-2' }));
    expect(advance(state, { kind: 'enter' }, open).call).toEqual({ kind: 'load_flow', flowId: 'flow-2' });
    const other = chain({ id: 'hi', type: 'send_message', content: { kind: 'text', text: 'Other flow' } });
    const plan = advance(
      state,
      { kind: 'call_result', result: { kind: 'load_flow', flow: loaded(other, 'flow-2') } },
      open,
    );
    expect(sent(plan)).toEqual([JSON.stringify({ type: 'text', text: 'Other flow' })]);
    expect(plan.records.map((record) => record.versionId)).toEqual(['flow-1-v1', 'flow-2-v1']);
  });

  it('evaluates conditions on tags, variables and the reply', () => {
    const graph = chain({
      id: 'check',
      type: 'condition',
      branches: [
        {
          id: 'vip',
          match: 'all',
          rules: [
            { kind: 'tag', tag: 'vip', present: true },
            { kind: 'compare', subject: { kind: 'reply' }, operator: 'contains', value: 'HELLO' },
          ],
        },
      ],
    });
    const plan = advance(run(graph), { kind: 'enter' }, open);
    expect(steps(plan)).toEqual(['start:next', 'check!terminal_port']);
    expect(plan.records[1]?.port).toBe('vip');
  });

  it('buttons sent while the window is closed wait at most 30 days; while open, they end when it closes', () => {
    const graph = greetingFlow();
    const menu = graph.nodes.find((node) => node.id === 'menu')!;
    if (menu.type === 'reply_buttons') delete menu.timeoutMinutes;
    graph.edges = graph.edges.filter((edge) => edge.sourcePort !== 'timeout');
    const closed = run(graph);
    expect(advance(closed, { kind: 'enter' }, { now: t0, windowOpen: false }).effects[0]).toMatchObject({
      windowOpen: false,
    });
    expect(closed.waiting?.until).toBe(t0 + 30 * 24 * 60 * minute);
    const opened = run(graph);
    advance(opened, { kind: 'enter' }, open);
    expect(opened.waiting?.until).toBeNull();
    expect(advance(opened, { kind: 'window_closed' }, open).end).toMatchObject({
      status: 'dropped',
      reason: 'window_closed',
    });
  });

  it('never throws on a generated valid graph, whatever the customer does', () => {
    const event = fc.oneof(
      fc.constant<StepEvent>({ kind: 'timeout' }),
      fc.constant<StepEvent>({ kind: 'window_closed' }),
      fc.string().map((value): StepEvent => ({ kind: 'reply', reply: text(value) })),
      fc.nat(5).map((n): StepEvent => ({
        kind: 'reply',
        reply: { type: 'interactive_reply', text: null, payload: `flow:x:${n}` },
      })),
    );
    fc.assert(
      fc.property(
        validFlowGraph(),
        fc.array(event, { maxLength: 12 }),
        fc.boolean(),
        (graph, events, windowOpen) => {
          const state = run(graph, { test: true });
          let plan = advance(state, { kind: 'enter' }, { now: t0, windowOpen });
          let seq = plan.records.length;
          for (const next of events) {
            if (plan.end) break;
            const result =
              plan.call?.kind === 'http'
                ? ({
                    kind: 'call_result',
                    result: { kind: 'http', ok: next.kind === 'timeout', status: 200, values: {} },
                  } as const)
                : plan.call
                  ? ({ kind: 'call_result', result: { kind: 'load_flow', flow: null } } as const)
                  : next;
            plan = advance(state, result, { now: t0 + minute, windowOpen });
            expect(plan.records.every((record) => record.seq >= seq - plan.records.length)).toBe(true);
            seq += plan.records.length;
          }
          expect(state.seq).toBe(seq);
          expect(state.steps).toBeLessThanOrEqual(graph.settings.stepBudget + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
