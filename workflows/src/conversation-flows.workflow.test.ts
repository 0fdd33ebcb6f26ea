import { describe, expect, it } from 'vitest';
import { customerServiceWindowMs } from './conversation.contract.js';
import { flowOptionId, type FlowReply, type StartFlowResult } from './flows/runtime.contract.js';
import type { FlowGraph } from './flows/schema/flow-graph.schema.js';
import { greetingFlow } from './flows/testing/greeting-flow.js';
import {
  type ConversationUnderTest,
  expectEventually,
  timeSkippingSuite,
  withConversation,
} from './test-environment.js';

const minute = 60 * 1000;
const day = customerServiceWindowMs;

const started = (graph: FlowGraph, runId = 'run-1'): StartFlowResult => ({
  ok: true,
  test: false,
  flow: { flowId: 'flow-1', versionId: `${runId}-version`, version: 1, graph },
  contact: { name: 'Hana', phone: '+819012345678', language: 'ja', tags: [] },
  businessHours: null,
});
const text = (value: string): FlowReply => ({ type: 'text', text: value, payload: null });
const tap = (node: string, option: string): FlowReply => ({
  type: 'interactive_reply',
  text: option,
  payload: flowOptionId(node, option),
});

/** A flow that asks, waits `timeoutMinutes` for any reply, and answers either way. */
function waitingFlow(timeoutMinutes: number, debounceMs = 0): FlowGraph {
  const at = { x: 0, y: 0 };
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', type: 'trigger', position: at, match: { kind: 'any_message' }, priority: 0 },
      {
        id: 'ask',
        type: 'send_message',
        position: at,
        content: { kind: 'text', text: 'What is your order number?' },
      },
      { id: 'wait', type: 'wait_for_reply', position: at, timeoutMinutes, saveAs: 'order' },
      {
        id: 'thanks',
        type: 'send_message',
        position: at,
        content: { kind: 'text', text: 'Looking up {{order}}' },
      },
      {
        id: 'nudge',
        type: 'send_message',
        position: at,
        content: { kind: 'text', text: 'Still need help?' },
      },
      { id: 'done', type: 'end', position: at, close: false },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'next', target: 'ask' },
      { id: 'e2', source: 'ask', sourcePort: 'next', target: 'wait' },
      { id: 'e3', source: 'wait', sourcePort: 'reply', target: 'thanks' },
      { id: 'e4', source: 'wait', sourcePort: 'timeout', target: 'nudge' },
      { id: 'e5', source: 'thanks', sourcePort: 'next', target: 'done' },
      { id: 'e6', source: 'nudge', sourcePort: 'next', target: 'done' },
    ],
    settings: { debounceMs, stepBudget: 200 },
  };
}

/** The customer's first message, starting run `run-1` as the engine's intake does. */
async function startsFlow(conversation: ConversationUnderTest, graph: FlowGraph, agoMs = 0) {
  conversation.fakes.flowRuns.set('run-1', started(graph));
  await conversation.receive(
    await conversation.message('m1', agoMs, { flow: { runId: 'run-1' }, reply: text('hi') }),
  );
}

async function replies(conversation: ConversationUnderTest, id: string, reply: FlowReply) {
  await conversation.receive(await conversation.message(id, 0, { reply }));
}

describe('conversationWorkflow: flows', () => {
  const suite = timeSkippingSuite();

  it('runs the greeting flow: buttons, a tap, its answer; no greeting message meanwhile', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, greetingFlow());
      await expectEventually(() =>
        expect(conversation.fakes.flowEffects()).toEqual(['send:How can we help?']),
      );
      await replies(conversation, 'm2', tap('menu', 'order'));
      await expectEventually(() =>
        expect(conversation.fakes.calls.flowTurn.at(-1)?.end).toEqual({ status: 'completed' }),
      );
      expect(conversation.fakes.flowEffects()).toEqual([
        'send:How can we help?',
        'send:Your order is on its way: you will get a message when it arrives.',
      ]);
      expect(conversation.fakes.flowSteps()).toEqual([
        'start:next',
        'menu:order',
        'order_reply:next',
        'done:null',
      ]);
      expect(conversation.fakes.calls.automaticReply).toEqual([]);
      expect(conversation.fakes.calls.startFlow).toEqual([
        { conversationId: conversation.conversationId, runId: 'run-1' },
      ]);
    });
  });

  it('sends the reminder when nobody taps within 10 minutes', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, greetingFlow());
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(1));
      await suite.env.sleep(9 * minute);
      expect(conversation.fakes.calls.flowTurn).toHaveLength(1);
      await suite.env.sleep(2 * minute);
      await expectEventually(() =>
        expect(conversation.fakes.flowEffects().at(-1)).toBe(
          'send:Still there? Write to us any time and we will help.',
        ),
      );
      expect(conversation.fakes.flowSteps()).toContain('menu:timeout');
    });
  });

  it('waits 3 days durably and takes the timeout branch, the window closed by then (template fallback)', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, waitingFlow(3 * 24 * 60));
      await expectEventually(() =>
        expect(conversation.fakes.flowEffects()).toEqual(['send:What is your order number?']),
      );
      await suite.env.sleep(day + minute);
      expect((await conversation.state()).windowOpen).toBe(false);
      expect(await conversation.status()).toBe('RUNNING'); // the flow keeps the run while it waits
      await suite.env.sleep(2 * day);
      await expectEventually(() =>
        expect(conversation.fakes.flowEffects()).toEqual([
          'send:What is your order number?',
          'send(closed):Still need help?',
        ]),
      );
      expect(conversation.fakes.flowSteps()).toEqual([
        'start:next',
        'ask:next',
        'wait:timeout',
        'nudge:next',
        'done:null',
      ]);
      await expectEventually(async () => expect(await conversation.status()).toBe('COMPLETED'));
    });
  });

  it('gathers messages sent in quick succession into one reply (debounce)', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, waitingFlow(60, 2_000));
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(1));
      await conversation.relay(
        await conversation.message('m2', 0, { reply: text('A-') }),
        await conversation.message('m3', 0, { reply: text('1234') }),
      );
      await expectEventually(() =>
        expect(conversation.fakes.flowEffects()).toContain('send:Looking up A-\n1234'),
      );
      expect(conversation.fakes.calls.flowTurn).toHaveLength(2);
    });
  });

  it('stops when a person took over: the engine answers handoff and the run sends nothing more', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, greetingFlow());
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(1));
      conversation.fakes.overrides.flowTurn = async () => ({ stopped: 'handoff' });
      await replies(conversation, 'm2', tap('menu', 'hours'));
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(2));
      await suite.env.sleep(30 * minute); // the menu's timeout would have fired
      await replies(conversation, 'm3', text('hello?'));
      expect(conversation.fakes.calls.flowTurn).toHaveLength(2);
    });
  });

  it('holds a flow’s message the closed window kept back, and sends it when the customer answers', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, waitingFlow(3 * 24 * 60));
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(1));
      conversation.fakes.overrides.flowTurn = async () => ({ held: ['held-nudge'] });
      await suite.env.sleep(3 * day);
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(2));
      await expectEventually(async () =>
        expect((await conversation.state()).held.map((entry) => entry.messageId)).toEqual(['held-nudge']),
      );
      await conversation.receive(await conversation.message('m2', 0, { reply: text('here') }));
      await expectEventually(() =>
        expect(conversation.fakes.calls.sendHeld.map((call) => call.messageIds)).toEqual([['held-nudge']]),
      );
      // The held message is this window's answer: no greeting.
      expect(conversation.fakes.calls.automaticReply).toEqual([]);
    });
  });

  it('a second start of the same run (the relay delivered twice) is taken once', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await startsFlow(conversation, greetingFlow());
      const again = await conversation.message('m1', 0, { flow: { runId: 'run-1' }, reply: text('hi') });
      await conversation.handle().signal('inboundMessage', again);
      await replies(conversation, 'm2', tap('menu', 'hours'));
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(2));
      expect(conversation.fakes.calls.startFlow).toHaveLength(1);
    });
  });
});
