import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  WithStartWorkflowOperation,
  type WorkflowHandle,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { Capabilities } from '@parley/connector-sdk/schemas';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  DefaultLogger,
  Runtime,
  Worker,
  bundleWorkflowCode,
  makeTelemetryFilterString,
} from '@temporalio/worker';
import {
  type ConversationActivities,
  type ConversationState,
  type ConversationWorkflowInput,
  type InboundMessageSignal,
  type OutboundDraft,
  type SendMessageRequest,
  type SendMessageResult,
  type WindowPolicy,
  conversationStateQueryName,
  conversationWorkflowId,
  conversationWorkflowType,
  customerServiceWindowMs,
  freeEntryPointWindowMs,
  inboundMessageSignalName,
  sendMessageUpdateName,
} from './conversation.contract.js';
import type { conversationWorkflow } from './conversation.workflow.js';
import type { FlowActivities, FlowEffect, LoadedFlow, StartFlowResult } from './flows/runtime.contract.js';

/** The worker's entry: every workflow it hosts. */
export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

// Errors only: the tests fail activities on purpose, and each failure (and the test server's
// missing heartbeat capability) would be logged as a warning.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
});

// The SDK would download its servers; the project installs them from PyPI into .tools instead.
const tools = fileURLToPath(new URL('../../.tools/temporal/bin/', import.meta.url));
export const temporalCli = process.env.PARLEY_TEMPORAL_CLI ?? `${tools}temporal`;
const testServer = process.env.PARLEY_TEMPORAL_TEST_SERVER ?? `${tools}temporal-test-server`;

/** A real Temporal dev server on a free loopback port. */
export function localEnvironment() {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCli },
      ip: '127.0.0.1',
      extraArgs: ['--log-level', 'error'],
    },
  });
}

/** Temporal's time-skipping test server, for the long timers (the 24-hour window). */
export function timeSkippingEnvironment() {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServer } },
  });
}

/** Runs `check` (sync or async) until it stops throwing (real time), or throws its last failure after `timeoutMs`. */
export async function expectEventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** The CLI's JSON of a workflow's history (`temporal workflow show -o json`), as committed under `histories/`. */
export function fetchHistoryJson(address: string, workflowId: string): Buffer {
  return execFileSync(temporalCli, [
    'workflow',
    'show',
    '--address',
    address,
    '-w',
    workflowId,
    '-o',
    'json',
  ]);
}

/** RECORD_HISTORY=1 refreshes a committed history from a run a test has just made. */
export function recordHistoryIfAsked(file: string, json: Buffer): void {
  if (process.env.RECORD_HISTORY) writeFileSync(file, json);
}

// ——— The conversation workflow's fakes and harness ———

/** WhatsApp-like limits: 3 reply buttons with 20-character titles, 4,096-character text, a 24-hour window. */
export const whatsAppLikeCapabilities: Capabilities = {
  text: { maxLength: 4096 },
  interactive: { maxBodyLength: 1024, maxHeaderLength: 60, maxFooterLength: 60 },
  replyButtons: { maxButtons: 3, maxTitleLength: 20, maxIdLength: 256 },
  list: null,
  ctaUrl: null,
  callButton: null,
  templates: { maxParameters: 100 },
  media: {},
  location: true,
  reactions: true,
  customerServiceWindowHours: 24,
  deliveryReports: true,
  throughputPerSecond: 80,
  businessScopedUserIds: false,
};
/** Telegram-like: no window, no templates. */
export const telegramLikeCapabilities: Capabilities = {
  ...whatsAppLikeCapabilities,
  templates: null,
  customerServiceWindowHours: null,
  deliveryReports: false,
};
export const whatsAppPolicy: WindowPolicy = {
  serviceMs: customerServiceWindowMs,
  entryPointMs: freeEntryPointWindowMs,
};
export const telegramPolicy: WindowPolicy = { serviceMs: null, entryPointMs: freeEntryPointWindowMs };

export const textDraft = (text = 'Thanks, on it!'): OutboundDraft => ({
  stored: { type: 'text', text, content: null },
  message: { type: 'text', text },
});
export const templateDraft = (): OutboundDraft => ({
  stored: { type: 'template', text: null, content: { name: 'order_update' } },
  message: { type: 'template', name: 'order_update', language: 'en' },
});
export const buttonsDraft = (count: number): OutboundDraft => ({
  stored: { type: 'reply_buttons', text: 'Pick one', content: null },
  message: {
    type: 'reply_buttons',
    body: 'Pick one',
    buttons: Array.from({ length: count }, (_, i) => ({ id: `b${i}`, title: `Option ${i + 1}` })),
  },
});

let requestCounter = 0;
/** An agent's request, WhatsApp-like unless told otherwise. */
export function sendRequest(
  draft: OutboundDraft,
  extra: Partial<SendMessageRequest> = {},
): SendMessageRequest {
  return {
    requestId: `request-${++requestCounter}`,
    draft,
    capabilities: whatsAppLikeCapabilities,
    channelName: 'WhatsApp',
    senderUserId: 'agent-1',
    ...extra,
  };
}

/** Every activity the conversation workflow calls: the conversation's and its flows'. */
type WorkerActivities = ConversationActivities & FlowActivities;
type ActivityName = keyof WorkerActivities;
type InputOf<K extends ActivityName> = Parameters<WorkerActivities[K]>[0];
type ResultOf<K extends ActivityName> = Awaited<ReturnType<WorkerActivities[K]>>;

/**
 * The engine's side of the conversation, faked: records every call, in order, and answers as a
 * healthy platform would unless a test sets an override (the call is recorded either way).
 */
export class RecordingConversationActivities {
  readonly calls: { [K in ActivityName]: InputOf<K>[] } = {
    automaticReply: [],
    sendMessage: [],
    holdWithFallback: [],
    sendHeld: [],
    expireHeld: [],
    slaBreached: [],
    startFlow: [],
    flowTurn: [],
  };
  /** Flow runs the fake engine knows, by run id (what `startFlow` answers), and flows by id (`go_to_flow`). */
  readonly flowRuns = new Map<string, StartFlowResult>();
  readonly publishedFlows = new Map<string, LoadedFlow>();
  /** Every call as `name:subject` (the inbound message, the request, the held ids), in order. */
  readonly sequence: string[] = [];
  readonly overrides: { [K in ActivityName]?: (input: InputOf<K>) => Promise<ResultOf<K>> } = {};

  private async call<K extends ActivityName>(
    name: K,
    input: InputOf<K>,
    subject: string,
    answer: () => ResultOf<K>,
  ): Promise<ResultOf<K>> {
    this.calls[name].push(input);
    this.sequence.push(`${name}:${subject}`);
    const override = this.overrides[name] as ((input: InputOf<K>) => Promise<ResultOf<K>>) | undefined;
    return override ? override(input) : answer();
  }

  readonly activities: WorkerActivities = {
    automaticReply: (input) =>
      this.call('automaticReply', input, input.inboundMessageId, () => ({
        settled: true,
        messageId: `greeting-${input.inboundMessageId}`,
      })),
    sendMessage: (input) =>
      this.call('sendMessage', input, input.idempotencyKey, () => ({
        outcome: 'sent',
        messageId: `sent-${input.idempotencyKey}`,
      })),
    holdWithFallback: (input) =>
      this.call('holdWithFallback', input, input.idempotencyKey, () => ({
        outcome: 'held',
        messageId: `held-${input.idempotencyKey}`,
        fallbackMessageId: `fallback-${input.idempotencyKey}`,
      })),
    sendHeld: (input) => this.call('sendHeld', input, input.messageIds.join(','), () => undefined),
    expireHeld: (input) => this.call('expireHeld', input, input.messageIds.join(','), () => undefined),
    slaBreached: (input) =>
      this.call('slaBreached', input, `${input.userId}@${input.assignedAt}`, () => ({ outcome: 'queued' })),
    startFlow: (input) =>
      this.call('startFlow', input, input.runId, () => this.flowRuns.get(input.runId) ?? { ok: false }),
    flowTurn: (input) =>
      this.call('flowTurn', input, input.effects.map(describeEffect).join(',') || '-', () => {
        if (input.call?.kind === 'http')
          return { callResult: { kind: 'http', ok: true, status: 200, values: {} } };
        if (input.call?.kind === 'load_flow')
          return {
            callResult: { kind: 'load_flow', flow: this.publishedFlows.get(input.call.flowId) ?? null },
          };
        return {};
      }),
  };

  /** The flow's effects so far, as `send:<text or first button>`, `tag:add:vip`, `assign:team:t1`, `close`. */
  flowEffects(): string[] {
    return this.calls.flowTurn.flatMap((turn) => turn.effects.map(describeEffect));
  }

  /** The steps recorded so far, as `node:port` (or `node!reason` for a drop). */
  flowSteps(): string[] {
    return this.calls.flowTurn.flatMap((turn) =>
      turn.records.map((step) =>
        step.dropReason ? `${step.nodeId}!${step.dropReason}` : `${step.nodeId}:${step.port}`,
      ),
    );
  }
}

function describeEffect(effect: FlowEffect): string {
  switch (effect.kind) {
    case 'send': {
      const message = effect.message;
      const text =
        'text' in message
          ? message.text
          : 'body' in message
            ? message.body
            : message.type === 'template'
              ? message.name
              : message.media;
      return `send${effect.windowOpen ? '' : '(closed)'}:${text}`;
    }
    case 'tag':
      return `tag:${effect.action}:${effect.tag}`;
    case 'assign':
      return `assign:${effect.target.kind}:${effect.target.kind === 'team' ? effect.target.teamId : effect.target.userId}`;
    case 'close':
      return 'close';
  }
}

type ConversationWorkflow = typeof conversationWorkflow;

/** One conversation under test: its fakes, and the engine's ways of talking to its workflow. */
export class ConversationUnderTest {
  readonly conversationId = `conv-${randomUUID()}`;
  readonly workflowId = conversationWorkflowId('account-test', this.conversationId);
  readonly fakes = new RecordingConversationActivities();
  /** What the engine knows of the window from the messages it relayed (its start argument). */
  windowExpiresAt: string | null = null;

  constructor(
    readonly env: TestWorkflowEnvironment,
    readonly taskQueue: string,
    readonly policy: WindowPolicy = whatsAppPolicy,
  ) {}

  /** The latest run. */
  handle(): WorkflowHandle<ConversationWorkflow> {
    return this.env.client.workflow.getHandle<ConversationWorkflow>(this.workflowId);
  }

  startInput(extra: Partial<ConversationWorkflowInput> = {}): ConversationWorkflowInput {
    return {
      conversationId: this.conversationId,
      policy: this.policy,
      windowExpiresAt: this.windowExpiresAt,
      ...extra,
    };
  }

  /** A customer's message sent `agoMs` before the server's current time. */
  async message(
    messageId: string,
    agoMs = 0,
    extra: Partial<InboundMessageSignal> = {},
  ): Promise<InboundMessageSignal> {
    const occurredAt = new Date((await this.env.currentTimeMs()) - agoMs).toISOString();
    return { messageId, conversationId: this.conversationId, occurredAt, ...extra };
  }

  /** Relays inbound messages as the engine does, and waits until the workflow has taken them in. */
  async receive(...messages: InboundMessageSignal[]): Promise<void> {
    await this.relay(...messages);
    await expectEventually(async () => {
      const state = await this.state();
      expect(state.pendingInbound).toBe(0);
      if (!state.unlimited) expect(state.windowExpiresAt).toBe(this.windowExpiresAt);
    });
  }

  /** Relays inbound messages as the engine does (signal-with-start, then signals), without waiting. */
  async relay(...messages: InboundMessageSignal[]): Promise<void> {
    const [first, ...rest] = messages;
    if (!first) return;
    const handle = await this.env.client.workflow.signalWithStart<
      ConversationWorkflow,
      [InboundMessageSignal]
    >(conversationWorkflowType, {
      workflowId: this.workflowId,
      taskQueue: this.taskQueue,
      args: [this.startInput()],
      signal: inboundMessageSignalName,
      signalArgs: [first],
    });
    for (const message of rest)
      await handle.signal<[InboundMessageSignal]>(inboundMessageSignalName, message);
    for (const message of messages) {
      const sentAt = Date.parse(message.occurredAt);
      if (this.policy.serviceMs === null) continue;
      const ends = sentAt + this.policy.serviceMs;
      if (!this.windowExpiresAt || ends > Date.parse(this.windowExpiresAt))
        this.windowExpiresAt = new Date(ends).toISOString();
    }
  }

  /** An agent's send, as the engine makes it: update-with-start, meeting the running workflow if there is one. */
  async send(
    request: SendMessageRequest,
    start: Partial<ConversationWorkflowInput> = {},
  ): Promise<SendMessageResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation<ConversationWorkflow>(
      conversationWorkflowType,
      {
        workflowId: this.workflowId,
        taskQueue: this.taskQueue,
        args: [this.startInput(start)],
        workflowIdConflictPolicy: 'USE_EXISTING',
      },
    );
    return this.env.client.workflow.executeUpdateWithStart<
      ConversationWorkflow,
      SendMessageResult,
      [SendMessageRequest]
    >(sendMessageUpdateName, { args: [request], startWorkflowOperation, updateId: request.requestId });
  }

  /** An agent's send to the latest run, without update-with-start (the update's id is the request's). */
  update(request: SendMessageRequest): Promise<SendMessageResult> {
    return this.handle().executeUpdate<SendMessageResult, [SendMessageRequest]>(sendMessageUpdateName, {
      args: [request],
      updateId: request.requestId,
    });
  }

  /** Resolves once the server has taken the update in: it is then in the workflow's next task. */
  async untilAdmitted(request: SendMessageRequest): Promise<void> {
    await expectEventually(() =>
      this.env.client.workflowService.pollWorkflowExecutionUpdate({
        namespace: this.env.namespace ?? 'default',
        updateRef: { workflowExecution: { workflowId: this.workflowId }, updateId: request.requestId },
        waitPolicy: { lifecycleStage: 1 }, // UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ADMITTED
        identity: 'conversation-test',
      }),
    );
  }

  /** The failure a send was refused with (a WorkflowUpdateFailedError), or a test failure if it went. */
  async sendRefused(request: SendMessageRequest, start: Partial<ConversationWorkflowInput> = {}) {
    const error = await this.send(request, start).then(
      (result) => {
        throw new Error(`the send was accepted: ${JSON.stringify(result)}`);
      },
      (caught: unknown) => caught,
    );
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    return error;
  }

  state(): Promise<ConversationState> {
    return this.handle().query<ConversationState>(conversationStateQueryName);
  }

  async status(): Promise<string> {
    return (await this.handle().describe()).status.name;
  }
}

/** The workflow code, bundled once per test file (a worker per test reuses it). */
export function bundleWorkflows() {
  return bundleWorkflowCode({
    workflowsPath,
    logger: { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} },
  });
}

export interface ConversationTestOptions {
  policy?: WindowPolicy;
  /** Runs before the worker starts: what it does reaches the workflow in one go, in its first task. */
  beforeWorker?: (conversation: ConversationUnderTest) => Promise<void>;
}

/** Runs `test` with a worker on its own task queue; a run left open is terminated afterwards. */
export async function withConversation(
  env: TestWorkflowEnvironment,
  workflowBundle: { code: string },
  test: (conversation: ConversationUnderTest) => Promise<void>,
  options: ConversationTestOptions = {},
): Promise<void> {
  const conversation = new ConversationUnderTest(env, `test-${randomUUID()}`, options.policy);
  await options.beforeWorker?.(conversation);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: conversation.taskQueue,
    workflowBundle,
    activities: conversation.fakes.activities,
  });
  await worker.runUntil(async () => {
    try {
      await test(conversation);
    } finally {
      await terminateWhenIdle(conversation);
    }
  });
}

/**
 * Terminates a run left open (its timers would fire on a task queue nobody polls any more), once
 * its last workflow task has completed: the time-skipping server stops skipping time for good
 * when a run is terminated during a workflow task (a local activity still running, say).
 */
async function terminateWhenIdle(conversation: ConversationUnderTest): Promise<void> {
  const running = await conversation.status().then(
    (status) => status === 'RUNNING',
    () => false,
  );
  if (!running) return;
  await expectEventually(async () => {
    const events = (await conversation.handle().fetchHistory()).events ?? [];
    const scheduled = events.findLastIndex((event) => event.workflowTaskScheduledEventAttributes);
    const completed = events.findLastIndex((event) => event.workflowTaskCompletedEventAttributes);
    expect(completed).toBeGreaterThan(scheduled);
  }).catch(() => undefined); // a failed test may leave it stuck: terminate it all the same
  await conversation.handle().terminate('test over');
}

/**
 * The time-skipping server and the workflow bundle for the tests of one file: started before
 * them, torn down after. Read `suite.env` and `suite.bundle` inside the tests.
 */
export function timeSkippingSuite(): { env: TestWorkflowEnvironment; bundle: { code: string } } {
  const suite = {} as { env: TestWorkflowEnvironment; bundle: { code: string } };
  beforeAll(async () => {
    [suite.env, suite.bundle] = await Promise.all([timeSkippingEnvironment(), bundleWorkflows()]);
  }, 120_000);
  afterAll(() => suite.env?.teardown());
  return suite;
}
