import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationWorkflowType, customerServiceWindowMs } from './conversation.contract.js';
import { greetingFlow } from './flows/testing/greeting-flow.js';
import {
  type SubmittedTemplate,
  type TemplateActivities,
  deleteTemplateUpdateName,
  submitTemplateUpdateName,
  templateLifecycleWorkflowType,
  templatePlatformEventSignalName,
  templateWorkflowId,
} from './template-lifecycle.contract.js';
import type { templateLifecycleWorkflow } from './template-lifecycle.workflow.js';
import {
  type ConversationUnderTest,
  bundleWorkflows,
  expectEventually,
  fetchHistoryJson,
  localEnvironment,
  recordHistoryIfAsked,
  sendRequest,
  textDraft,
  withConversation,
} from './test-environment.js';

// Every history under histories/ is replayed against today's workflow code: a change that would
// break the runs those histories stand for fails here. RECORD_HISTORY=1 refreshes the recorded
// ones from fresh runs on a dev server (the tests below), to commit after a deliberate change.

const historiesDir = fileURLToPath(new URL('./histories/', import.meta.url));
const historyFile = (name: string) => `${historiesDir}${name}`;
const day = customerServiceWindowMs;
const iso = (ms: number) => new Date(ms).toISOString();

/** Histories of workflow versions runs can no longer continue on, and why. */
const obsolete: Record<string, string> = {
  'conversation-v1-two-messages.json':
    'the conversation workflow before windows: an acknowledgement per message (activity sendAutoReply)',
};

function readHistory(name: string) {
  const history = JSON.parse(readFileSync(historyFile(name), 'utf8')) as {
    events: { workflowExecutionStartedEventAttributes?: { workflowId?: string } }[];
  };
  return { history, workflowId: history.events[0]!.workflowExecutionStartedEventAttributes!.workflowId! };
}

describe('committed histories', () => {
  let workflowBundle: { code: string };
  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  }, 60_000);

  const names = readdirSync(historiesDir).filter((name) => name.endsWith('.json'));
  const current = names.filter((name) => !(name in obsolete));

  it('holds the conversation and template-lifecycle histories', () => {
    expect(current).toEqual(
      expect.arrayContaining([
        'conversation-two-messages-reply.json',
        'conversation-held-messages.json',
        'conversation-sla-breached.json',
        'conversation-flow-greeting.json',
        'template-lifecycle-approved-deleted.json',
      ]),
    );
    expect(Object.keys(obsolete).every((name) => names.includes(name))).toBe(true);
  });

  it('replays every current history deterministically', async () => {
    const results: { name: string; error: unknown }[] = [];
    const replay = Worker.runReplayHistories(
      { workflowBundle, replayName: 'committed-histories' },
      current.map((name) => readHistory(name)),
    );
    let i = 0;
    for await (const result of replay) results.push({ name: current[i++]!, error: result.error });
    expect(results).toEqual(current.map((name) => ({ name, error: undefined })));
  });

  it.each(Object.entries(obsolete))('catches %s as non-deterministic: %s', async (name) => {
    const { history, workflowId } = readHistory(name);
    const error = await Worker.runReplayHistory({ workflowBundle }, history, workflowId).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DeterminismViolationError);
  });
});

// Concurrent: each waits a few seconds of real time for its window to close.
describe.concurrent('typical runs on a dev server (the source of the committed histories)', () => {
  let env: TestWorkflowEnvironment;
  let workflowBundle: { code: string };
  beforeAll(async () => {
    [env, workflowBundle] = await Promise.all([localEnvironment(), bundleWorkflows()]);
  }, 60_000);
  afterAll(() => env?.teardown());

  /** Replays the run just made (it must replay before it is worth committing), and records it if asked. */
  async function replayAndRecord(workflowId: string, name: string) {
    const json = fetchHistoryJson(env.address, workflowId);
    await Worker.runReplayHistory({ workflowBundle }, JSON.parse(json.toString()), workflowId);
    recordHistoryIfAsked(historyFile(name), json);
  }

  /** A customer message sent so that the window it opens closes `closesInMs` from now (real time here). */
  const closingSoon = (conversation: ConversationUnderTest, id: string, closesInMs: number) =>
    conversation.message(id, day - closesInMs);

  it('two messages and an agent’s reply, until the window closes', async () => {
    await withConversation(env, workflowBundle, async (conversation) => {
      await conversation.receive(await closingSoon(conversation, 'm1', 3_000));
      await expectEventually(() => expect(conversation.fakes.sequence).toEqual(['automaticReply:m1']));
      await conversation.receive(await closingSoon(conversation, 'm2', 4_000));
      const reply = await conversation.update(sendRequest(textDraft(), { requestId: 'reply-1' }));
      const key = `message:${conversation.conversationId}:reply-1`;
      expect(reply).toEqual({ outcome: 'sent', messageId: `sent-${key}` });
      await conversation.handle().result();
      expect(conversation.fakes.sequence).toEqual(['automaticReply:m1', `sendMessage:${key}`]);
      await replayAndRecord(conversation.workflowId, 'conversation-two-messages-reply.json');
    });
  }, 30_000);

  it('an SLA timer that fires (no first response), then the window closes', async () => {
    await withConversation(env, workflowBundle, async (conversation) => {
      const now = Date.now();
      const sla = { deadline: iso(now + 1_500), assignedAt: iso(now), userId: 'agent-1' };
      const message = await closingSoon(conversation, 'm1', 4_000);
      await conversation.receive({ ...message, sla });
      await conversation.handle().result();
      expect(conversation.fakes.sequence).toEqual([
        'automaticReply:m1',
        `slaBreached:agent-1@${sla.assignedAt}`,
      ]);
      await replayAndRecord(conversation.workflowId, 'conversation-sla-breached.json');
    });
  }, 30_000);

  it('a flow run: the greeting’s buttons, a tap and its answer, then the window closes', async () => {
    await withConversation(env, workflowBundle, async (conversation) => {
      const graph = greetingFlow();
      conversation.fakes.flowRuns.set('run-1', {
        ok: true,
        test: false,
        flow: { flowId: 'flow-1', versionId: 'version-1', version: 1, graph },
        contact: { name: 'Hana', phone: '+819012345678', language: 'ja', tags: [] },
        businessHours: null,
      });
      const first = await closingSoon(conversation, 'm1', 4_000);
      await conversation.receive({
        ...first,
        flow: { runId: 'run-1' },
        reply: { type: 'text', text: 'hi', payload: null },
      });
      await expectEventually(() => expect(conversation.fakes.calls.flowTurn).toHaveLength(1));
      const tap = { type: 'interactive_reply', text: 'My order', payload: 'flow:menu:order' };
      await conversation.receive({ ...(await closingSoon(conversation, 'm2', 4_500)), reply: tap });
      await conversation.handle().result();
      expect(conversation.fakes.flowSteps()).toEqual([
        'start:next',
        'menu:order',
        'order_reply:next',
        'done:null',
      ]);
      await replayAndRecord(conversation.workflowId, 'conversation-flow-greeting.json');
    });
  }, 30_000);

  it('held messages sent when the customer answers, then an agent’s reply', async () => {
    await withConversation(env, workflowBundle, async (conversation) => {
      // A run continued with a message held, the window closed an hour ago.
      const now = Date.now();
      const earlier = { messageId: 'held-0', heldAt: iso(now - 60 * 60 * 1000) };
      conversation.windowExpiresAt = earlier.heldAt;
      await env.client.workflow.start(conversationWorkflowType, {
        workflowId: conversation.workflowId,
        taskQueue: conversation.taskQueue,
        args: [conversation.startInput({ held: [earlier] })],
      });
      const hold = await conversation.update(
        sendRequest(textDraft(), { requestId: 'held-1', holdIfClosed: true }),
      );
      const key = `message:${conversation.conversationId}:held-1`;
      expect(hold).toEqual({
        outcome: 'held',
        messageId: `held-${key}`,
        fallbackMessageId: `fallback-${key}`,
      });
      expect((await conversation.state()).held.map((entry) => entry.messageId)).toEqual([
        'held-0',
        `held-${key}`,
      ]);

      await conversation.receive(await closingSoon(conversation, 'm1', 4_000));
      await expectEventually(() => expect(conversation.fakes.calls.sendHeld).toHaveLength(1));
      const reply = await conversation.update(sendRequest(textDraft(), { requestId: 'reply-1' }));
      expect(reply.outcome).toBe('sent');
      await conversation.handle().result();
      expect(conversation.fakes.sequence).toEqual([
        `holdWithFallback:${key}`,
        `sendHeld:held-0,held-${key}`,
        `sendMessage:message:${conversation.conversationId}:reply-1`,
      ]);
      await replayAndRecord(conversation.workflowId, 'conversation-held-messages.json');
    });
  }, 30_000);

  it('a template submitted, polled, approved by webhook and deleted', async () => {
    const templateId = `tpl-${randomUUID()}`;
    const workflowId = templateWorkflowId('waba-test', templateId);
    const taskQueue = `test-${randomUUID()}`;
    const calls: string[] = [];
    let status = 'PENDING';
    const activities: TemplateActivities = {
      submitTemplate: async () => (
        calls.push('submit'),
        { status: 'PENDING', platformTemplateId: `wa-${templateId}` }
      ),
      recordTemplateEvent: async ({ event }) => {
        calls.push(`record:${event.status}`);
        status = event.status ?? status;
        return { status, exists: true };
      },
      pollTemplate: async () => (calls.push('poll'), { status, exists: true }),
      unpauseTemplate: async () => undefined,
      deleteTemplate: async () => (calls.push('delete'), { nameHeldUntil: null }),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities,
    });
    await worker.runUntil(async () => {
      const startWorkflowOperation = new WithStartWorkflowOperation<typeof templateLifecycleWorkflow>(
        templateLifecycleWorkflowType,
        {
          workflowId,
          taskQueue,
          args: [{ templateId, status: 'SUBMITTING', reviewPollAfterMs: 200 }],
          workflowIdConflictPolicy: 'USE_EXISTING',
        },
      );
      const submitted = await env.client.workflow.executeUpdateWithStart<
        typeof templateLifecycleWorkflow,
        SubmittedTemplate,
        []
      >(submitTemplateUpdateName, { startWorkflowOperation });
      expect(submitted.status).toBe('PENDING');
      await expectEventually(() => expect(calls).toContain('poll'));
      const handle = env.client.workflow.getHandle(workflowId);
      await handle.signal(templatePlatformEventSignalName, {
        eventKey: 'webhook:approved',
        kind: 'status',
        status: 'APPROVED',
        source: 'webhook',
        occurredAt: new Date().toISOString(),
      });
      await expectEventually(() => expect(calls).toContain('record:APPROVED'));
      await handle.executeUpdate(deleteTemplateUpdateName);
      await handle.result();
    });
    expect(calls.filter((call) => call !== 'poll')).toEqual(['submit', 'record:APPROVED', 'delete']);
    await replayAndRecord(workflowId, 'template-lifecycle-approved-deleted.json');
  }, 30_000);
});
