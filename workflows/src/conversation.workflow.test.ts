import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type InboundMessageSignal,
  type SendAutoReplyInput,
  conversationWorkflowType,
  customerServiceWindowMs,
  inboundMessageSignalName,
} from './conversation.contract.js';
import {
  localEnvironment,
  temporalCli,
  timeSkippingEnvironment,
  expectEventually,
} from './test-environment.js';

const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));
const recordedHistory = fileURLToPath(new URL('./histories/conversation-two-messages.json', import.meta.url));

function recordHistory(address: string, workflowId: string) {
  const json = execFileSync(temporalCli, [
    'workflow',
    'show',
    '--address',
    address,
    '-w',
    workflowId,
    '-o',
    'json',
  ]);
  writeFileSync(recordedHistory, json);
}

function recordingActivities() {
  const calls: SendAutoReplyInput[] = [];
  return {
    calls,
    activities: {
      sendAutoReply: async (input: SendAutoReplyInput) => {
        calls.push(input);
        return {
          messageId: `out-${input.inboundMessageId}`,
          platformMessageId: `wamid.${calls.length}`,
          sent: true,
        };
      },
    },
  };
}

function inbound(messageId: string, occurredAt = new Date().toISOString()): InboundMessageSignal {
  return { messageId, conversationId: 'conv-1', occurredAt };
}

describe('conversationWorkflow on a real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await localEnvironment();
  }, 60_000);
  afterAll(() => env?.teardown());

  async function withWorker(
    test: (recorded: ReturnType<typeof recordingActivities>, taskQueue: string) => Promise<void>,
  ) {
    const recorded = recordingActivities();
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath,
      activities: recorded.activities,
    });
    await worker.runUntil(test(recorded, taskQueue));
  }

  const signalWithStart = (taskQueue: string, workflowId: string, message: InboundMessageSignal) =>
    env.client.workflow.signalWithStart(conversationWorkflowType, {
      workflowId,
      taskQueue,
      args: [{ conversationId: message.conversationId }],
      signal: inboundMessageSignalName,
      signalArgs: [message],
    });

  it('answers each inbound message once, in order, and ignores a signal relayed twice', async () => {
    await withWorker(async ({ calls }, taskQueue) => {
      const workflowId = `conversation:test:${randomUUID()}`;
      await signalWithStart(taskQueue, workflowId, inbound('m1'));
      await signalWithStart(taskQueue, workflowId, inbound('m1'));
      await signalWithStart(taskQueue, workflowId, inbound('m2'));
      await expectEventually(() => expect(calls.map((call) => call.inboundMessageId)).toEqual(['m1', 'm2']));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(calls).toHaveLength(2);
      expect(calls[0]).toEqual({ conversationId: 'conv-1', inboundMessageId: 'm1' });
      const handle = env.client.workflow.getHandle(workflowId);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      // RECORD_HISTORY=1 refreshes the recorded history the replay test below checks against.
      if (process.env.RECORD_HISTORY) recordHistory(env.address, workflowId);
    });
  }, 60_000);

  it('replays the recorded history of an earlier version deterministically', async () => {
    const history: unknown = JSON.parse(readFileSync(recordedHistory, 'utf8'));
    await expect(Worker.runReplayHistory({ workflowsPath }, history)).resolves.toBeUndefined();
  });
});

describe('conversationWorkflow with time skipping', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  }, 60_000);
  afterAll(() => env?.teardown());

  it('completes when the 24-hour customer-service window closes, and a new message starts a new run', async () => {
    const recorded = recordingActivities();
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath,
      activities: recorded.activities,
    });
    await worker.runUntil(async () => {
      const workflowId = `conversation:test:${randomUUID()}`;
      const start = async (id: string) => {
        const occurredAt = new Date(await env.currentTimeMs()).toISOString();
        return env.client.workflow.signalWithStart(conversationWorkflowType, {
          workflowId,
          taskQueue,
          args: [{ conversationId: 'conv-1' }],
          signal: inboundMessageSignalName,
          signalArgs: [inbound(id, occurredAt)],
        });
      };
      const first = await start('m1');
      const startedAt = await env.currentTimeMs();
      await first.result(); // time skips to the window's end
      expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(customerServiceWindowMs - 1_000);
      const second = await start('m2');
      expect(second.signaledRunId).not.toBe(first.signaledRunId);
      await second.result();
      expect(recorded.calls.map((call) => call.inboundMessageId)).toEqual(['m1', 'm2']);
    });
  }, 120_000);
});
