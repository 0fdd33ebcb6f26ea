import { describe, expect, it } from 'vitest';
import {
  type ConversationWorkflowInput,
  type SendMessageResult,
  conversationWorkflowType,
  customerServiceWindowMs,
} from './conversation.contract.js';
import {
  type ConversationUnderTest,
  expectEventually,
  sendRequest,
  templateDraft,
  timeSkippingSuite,
  withConversation,
} from './test-environment.js';

const hour = 60 * 60 * 1000;
const day = customerServiceWindowMs;
const iso = (ms: number) => new Date(ms).toISOString();
/** The workflow continues as new once its history passes this many events. */
const historyLimit = 2_000;

/**
 * Relays customer messages in batches, each taken in before the next goes (a steady stream would
 * keep failing the workflow task that continues as new: new events come in while it runs), until
 * `done` says so. Returns the ids relayed.
 */
async function relayUntil(
  conversation: ConversationUnderTest,
  prefix: string,
  done: (description: { runId: string; historyLength: number }) => boolean,
  agoMs = 0,
): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const description = await conversation.handle().describe();
    if (done(description)) return ids;
    expect(ids.length).toBeLessThan(2 * historyLimit);
    const batch = await Promise.all(
      Array.from({ length: 10 }, (_, i) => conversation.message(`${prefix}-${ids.length + i}`, agoMs)),
    );
    ids.push(...batch.map((message) => message.messageId));
    await conversation.receive(...batch);
  }
}

/** Relays customer messages until the workflow continues as new; returns their ids and the new run's input. */
async function untilContinuedAsNew(conversation: ConversationUnderTest, prefix: string) {
  const firstRunId = (await conversation.handle().describe()).runId;
  const ids = await relayUntil(conversation, prefix, ({ runId }) => runId !== firstRunId);
  return { ids, firstRunId, carried: await startInput(conversation) };
}

/** The input the latest run was started with. */
async function startInput(conversation: ConversationUnderTest): Promise<ConversationWorkflowInput> {
  const history = await conversation.handle().fetchHistory();
  const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
  return JSON.parse(Buffer.from(started!.input!.payloads![0]!.data!).toString()) as ConversationWorkflowInput;
}

/** A sendMessage fake that answers only when the test lets it. */
function gatedSends(conversation: ConversationUnderTest) {
  const gates = new Map<string, () => void>();
  conversation.fakes.overrides.sendMessage = (input) =>
    new Promise<SendMessageResult>((resolve) =>
      gates.set(input.idempotencyKey, () =>
        resolve({ outcome: 'sent', messageId: `sent-${input.idempotencyKey}` }),
      ),
    );
  return {
    /** Waits until the send is in progress, then lets it answer. */
    async release(requestId: string) {
      const key = `message:${conversation.conversationId}:${requestId}`;
      const open = await expectEventually(() => {
        const gate = gates.get(key);
        expect(gate).toBeDefined();
        return gate!;
      });
      open();
    },
  };
}

describe('conversationWorkflow: continue-as-new', () => {
  const suite = timeSkippingSuite();

  it('keeps an open window, its greeting and the messages it has answered', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1'));
      await expectEventually(() => expect(conversation.fakes.sequence).toEqual(['automaticReply:m1']));
      await suite.env.sleep(hour);
      const { ids, firstRunId, carried } = await untilContinuedAsNew(conversation, 'later');
      const firstRun = await suite.env.client.workflow
        .getHandle(conversation.workflowId, firstRunId)
        .describe();
      expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
      expect(firstRun.historyLength).toBeGreaterThan(historyLimit);

      // Every message went into the first run or is carried to the second.
      const taken = carried.recentMessageIds!;
      const lastTaken = ids.indexOf(taken.at(-1)!);
      expect(taken).toEqual(ids.slice(lastTaken + 1 - taken.length, lastTaken + 1));
      expect(taken).toHaveLength(200);
      expect(carried.pending!.map((message) => message.messageId)).toEqual(
        ids.slice(lastTaken + 1, lastTaken + 1 + carried.pending!.length),
      );
      expect(carried).toMatchObject({
        conversationId: conversation.conversationId,
        policy: conversation.policy,
        windowExpiresAt: conversation.windowExpiresAt,
        held: [],
        automaticReplyDue: false,
      });
      const windowClosesAt = Date.parse(conversation.windowExpiresAt!);
      expect(windowClosesAt - (await suite.env.currentTimeMs())).toBeGreaterThan(day - 2 * hour);

      // The new run knows the messages the first one answered, and that this window was greeted.
      await conversation.receive(
        await conversation.message(taken.at(-1)!),
        await conversation.message('after'),
      );
      expect(await conversation.state()).toMatchObject({
        windowOpen: true,
        windowExpiresAt: conversation.windowExpiresAt,
      });
      await conversation.handle().result();
      expect((await conversation.handle().describe()).closeTime!.getTime() - windowClosesAt).toBeLessThan(
        5_000,
      );
      expect(conversation.fakes.sequence).toEqual(['automaticReply:m1']);
    });
  }, 60_000);

  it('carries held messages, and first answers a send in progress', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const now = await suite.env.currentTimeMs();
      const held = { messageId: 'held-1', heldAt: iso(now - hour) };
      const closedAt = iso(now - 2 * hour);
      // A run continued with a message held: the window closed, the customer has not answered.
      conversation.windowExpiresAt = closedAt;
      await suite.env.client.workflow.start(conversationWorkflowType, {
        workflowId: conversation.workflowId,
        taskQueue: conversation.taskQueue,
        args: [conversation.startInput({ held: [held] })],
      });
      expect(await conversation.state()).toMatchObject({ windowOpen: false, held: [held] });
      // Messages that come in after their own window ended (a webhook backlog) keep it closed.
      const firstRunId = (await conversation.handle().describe()).runId;
      const stale = await relayUntil(
        conversation,
        'stale',
        ({ runId, historyLength }) => {
          expect(runId).toBe(firstRunId);
          return historyLength >= historyLimit - 40;
        },
        2 * day,
      );
      expect(await conversation.state()).toMatchObject({ windowOpen: false, held: [held] });

      // Until the run continues as new: a template in progress holds the workflow task while a
      // message and a second template come in, to be taken in one go. Once the history is long
      // enough, continue-as-new is due in that task, the second template's send still going.
      const sends = gatedSends(conversation);
      const staleLast: string[] = [];
      let lastTemplate = '';
      while ((await conversation.handle().describe()).runId === firstRunId) {
        expect(staleLast.length).toBeLessThan(10);
        const first = sendRequest(templateDraft());
        const second = sendRequest(templateDraft());
        lastTemplate = second.requestId;
        const firstSent = conversation.update(first);
        await expectEventually(() =>
          expect(conversation.fakes.calls.sendMessage.at(-1)?.idempotencyKey).toContain(first.requestId),
        );
        const message = await conversation.message(`stale-last-${staleLast.length}`, 2 * day);
        staleLast.push(message.messageId);
        await conversation.relay(message);
        const secondSent = conversation.update(second);
        await conversation.untilAdmitted(second);
        await sends.release(first.requestId);
        await expect(firstSent).resolves.toMatchObject({ outcome: 'sent' });
        await sends.release(second.requestId);
        await expect(secondSent).resolves.toEqual({
          outcome: 'sent',
          messageId: `sent-message:${conversation.conversationId}:${second.requestId}`,
        });
        await expectEventually(async () => expect(await conversation.status()).toBe('RUNNING'));
      }

      const firstRun = suite.env.client.workflow.getHandle(conversation.workflowId, firstRunId);
      expect((await firstRun.describe()).status.name).toBe('CONTINUED_AS_NEW');
      // The second template's answer is in the first run's history, before it continued.
      const events = (await firstRun.fetchHistory()).events!;
      const completed = events.findLastIndex(
        (event) => event.workflowExecutionUpdateCompletedEventAttributes,
      );
      expect(events[completed]!.workflowExecutionUpdateCompletedEventAttributes!.meta!.updateId).toBe(
        lastTemplate,
      );
      expect(events.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
      expect(completed).toBeLessThan(events.length - 1);
      expect(await startInput(conversation)).toMatchObject({
        windowExpiresAt: closedAt,
        held: [held],
        pending: [],
        recentMessageIds: [...stale, ...staleLast].slice(-200),
      });
      expect(conversation.fakes.calls.sendMessage).toHaveLength(2 * staleLast.length);

      // In the new run, the customer's answer sends the held message.
      await conversation.receive(await conversation.message('answer'));
      await expectEventually(() =>
        expect(conversation.fakes.calls.sendHeld).toEqual([
          { conversationId: conversation.conversationId, messageIds: ['held-1'], maxAttempts: 12 },
        ]),
      );
      expect(conversation.fakes.calls.automaticReply).toEqual([]);
    });
  }, 60_000);
});
