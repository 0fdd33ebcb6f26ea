import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  WithStartWorkflowOperation,
  type WorkflowHandle,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeletedTemplate,
  type RecordedTemplateEvent,
  type SubmittedTemplate,
  type TemplateActivities,
  type TemplateActivityInput,
  type TemplateLifecycleInput,
  type TemplatePlatformEvent,
  deleteTemplateUpdateName,
  maxTemplatePollIntervalMs,
  platformRefusedFailureType,
  submitTemplateUpdateName,
  templateLifecycleWorkflowType,
  templatePlatformEventSignalName,
  templateWorkflowId,
  unpauseTemplateUpdateName,
} from './template-lifecycle.contract.js';
import type { templateLifecycleWorkflow } from './template-lifecycle.workflow.js';
import { timeSkippingEnvironment, expectEventually } from './test-environment.js';

type LifecycleWorkflow = typeof templateLifecycleWorkflow;
type Handle = WorkflowHandle<LifecycleWorkflow>;

const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));
const minute = 60 * 1000;
const hour = 60 * minute;
const reviewPollAfterMs = hour;
const wabaId = 'waba-test';

interface Call {
  name: keyof TemplateActivities;
  input: TemplateActivityInput & Record<string, unknown>;
  /** Test-server time of the call, from the start of the test. */
  atMs: number;
}

/**
 * An in-memory WhatsApp and Parley database behind the template activities: WhatsApp's own view of
 * each template (which review decision it will reach, and when), Parley's stored status, every
 * call made, and every event Parley recorded.
 */
class FakePlatform {
  /** The template's status on WhatsApp. */
  readonly platformStatus = new Map<string, string>();
  /** What WhatsApp's review will decide, and how long after a submission. */
  readonly reviewOutcome = new Map<string, { status: string; afterMs: number }>();
  private readonly decideAt = new Map<string, { status: string; atMs: number }>();
  /** Templates whose submission WhatsApp refuses. */
  readonly refusing = new Set<string>();
  /** How many more polls of a template meet a WhatsApp outage. */
  readonly pollFailures = new Map<string, number>();
  /** Parley's stored status of each template (gone once deleted). */
  readonly stored = new Map<string, string>();
  readonly calls: Call[] = [];
  readonly recorded: { templateId: string; event: TemplatePlatformEvent }[] = [];

  constructor(
    private readonly now: () => Promise<number>,
    readonly startedAt: number,
  ) {}

  callsOf(templateId: string, name: keyof TemplateActivities) {
    return this.calls.filter((call) => call.name === name && call.input.templateId === templateId);
  }

  recordedOf(templateId: string) {
    return this.recorded.filter((entry) => entry.templateId === templateId).map((entry) => entry.event);
  }

  private async call(name: keyof TemplateActivities, input: TemplateActivityInput & object) {
    const atMs = (await this.now()) - this.startedAt;
    this.calls.push({ name, input: { ...input }, atMs });
    return atMs;
  }

  private record(templateId: string, event: TemplatePlatformEvent): RecordedTemplateEvent {
    const current = this.stored.get(templateId);
    if (current === undefined) return { status: 'DELETED', exists: false };
    this.recorded.push({ templateId, event });
    if (event.kind === 'status' && event.status) this.stored.set(templateId, event.status);
    return { status: this.stored.get(templateId)!, exists: true };
  }

  readonly activities: TemplateActivities = {
    submitTemplate: async (input): Promise<SubmittedTemplate> => {
      const atMs = await this.call('submitTemplate', input);
      if (this.refusing.has(input.templateId))
        throw ApplicationFailure.nonRetryable('WhatsApp refused the template', platformRefusedFailureType);
      this.platformStatus.set(input.templateId, 'PENDING');
      this.stored.set(input.templateId, 'PENDING');
      const outcome = this.reviewOutcome.get(input.templateId);
      if (outcome)
        this.decideAt.set(input.templateId, { status: outcome.status, atMs: atMs + outcome.afterMs });
      else this.decideAt.delete(input.templateId);
      return { status: 'PENDING', platformTemplateId: `wa-${input.templateId}` };
    },
    recordTemplateEvent: async (input) => {
      await this.call('recordTemplateEvent', input);
      return this.record(input.templateId, input.event);
    },
    pollTemplate: async (input) => {
      const atMs = await this.call('pollTemplate', input);
      const failures = this.pollFailures.get(input.templateId) ?? 0;
      if (failures > 0) {
        this.pollFailures.set(input.templateId, failures - 1);
        throw ApplicationFailure.retryable('WhatsApp is unavailable', 'PlatformUnavailable');
      }
      const decision = this.decideAt.get(input.templateId);
      if (decision && atMs >= decision.atMs) {
        this.platformStatus.set(input.templateId, decision.status);
        this.decideAt.delete(input.templateId);
      }
      const status = this.platformStatus.get(input.templateId) ?? 'PENDING';
      const stored = this.stored.get(input.templateId);
      if (stored === undefined) return { status: 'DELETED', exists: false };
      if (stored === status) return { status, exists: true };
      return this.record(input.templateId, {
        eventKey: `poll:${input.templateId}:${atMs}`,
        kind: 'status',
        status,
        source: 'poll',
        occurredAt: new Date(this.startedAt + atMs).toISOString(),
      });
    },
    unpauseTemplate: async (input) => {
      await this.call('unpauseTemplate', input);
    },
    deleteTemplate: async (input): Promise<DeletedTemplate> => {
      const atMs = await this.call('deleteTemplate', input);
      this.platformStatus.delete(input.templateId);
      this.stored.delete(input.templateId);
      return { nameHeldUntil: new Date(this.startedAt + atMs + 30 * 24 * hour).toISOString() };
    },
  };
}

/** Real time for the worker to act on anything it still has: to check that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

let eventCounter = 0;
function statusEvent(status: string, extra: Partial<TemplatePlatformEvent> = {}): TemplatePlatformEvent {
  return {
    eventKey: `webhook:${++eventCounter}`,
    kind: 'status',
    status,
    reason: null,
    source: 'webhook',
    occurredAt: new Date().toISOString(),
    ...extra,
  };
}

describe('templateLifecycleWorkflow with time skipping', () => {
  let env: TestWorkflowEnvironment;
  let workflowBundle: { code: string };
  beforeAll(async () => {
    [env, workflowBundle] = await Promise.all([
      timeSkippingEnvironment(),
      bundleWorkflowCode({
        workflowsPath,
        logger: { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} },
      }),
    ]);
  }, 120_000);
  afterAll(() => env?.teardown());

  interface Context {
    platform: FakePlatform;
    templateId: string;
    workflowId: string;
    /** Update-with-start of `submitTemplate`, as the engine submits a new template or an edit. */
    submit(status?: string): Promise<{ result: SubmittedTemplate; handle: Handle }>;
    /** Starts the workflow for a template Parley already has with this status. */
    start(status: string, extra?: Partial<TemplateLifecycleInput>): Promise<Handle>;
    /** WhatsApp's webhook, relayed as a signal; the platform's own status follows it. */
    webhook(handle: Handle, event: TemplatePlatformEvent): Promise<void>;
    pollTimes(): number[];
  }

  async function withWorker(test: (context: Context) => Promise<void>) {
    const taskQueue = `test-${randomUUID()}`;
    const templateId = `tpl-${randomUUID()}`;
    const workflowId = templateWorkflowId(wabaId, templateId);
    const platform = new FakePlatform(() => env.currentTimeMs(), await env.currentTimeMs());
    const input = (status: string): TemplateLifecycleInput => ({ templateId, status, reviewPollAfterMs });
    const context: Context = {
      platform,
      templateId,
      workflowId,
      async submit(status = 'SUBMITTING') {
        const startWorkflowOperation = new WithStartWorkflowOperation<LifecycleWorkflow>(
          templateLifecycleWorkflowType,
          { workflowId, taskQueue, args: [input(status)], workflowIdConflictPolicy: 'USE_EXISTING' },
        );
        const result = await env.client.workflow.executeUpdateWithStart<
          LifecycleWorkflow,
          SubmittedTemplate,
          []
        >(submitTemplateUpdateName, { startWorkflowOperation });
        return { result, handle: await startWorkflowOperation.workflowHandle() };
      },
      async start(status, extra = {}) {
        platform.platformStatus.set(templateId, status);
        platform.stored.set(templateId, status);
        return env.client.workflow.start<LifecycleWorkflow>(templateLifecycleWorkflowType, {
          workflowId,
          taskQueue,
          args: [{ ...input(status), ...extra }],
        });
      },
      async webhook(handle, event) {
        if (event.kind === 'status' && event.status) platform.platformStatus.set(templateId, event.status);
        await handle.signal(templatePlatformEventSignalName, event);
      },
      pollTimes: () => platform.callsOf(templateId, 'pollTemplate').map((call) => call.atMs),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: platform.activities,
    });
    try {
      await worker.runUntil(test(context));
    } finally {
      // A run left open would keep timers that fire on a task queue nobody polls any more.
      const handle = env.client.workflow.getHandle(workflowId);
      const running = await handle.describe().then(
        (description) => description.status.name === 'RUNNING',
        () => false,
      );
      if (running) await handle.terminate('test over');
    }
  }

  const status = (context: Context) => context.platform.stored.get(context.templateId);
  const polls = (context: Context) => context.platform.callsOf(context.templateId, 'pollTemplate').length;
  const recordedCalls = (context: Context) =>
    context.platform.callsOf(context.templateId, 'recordTemplateEvent').length;

  it('submits a new template through update-with-start and takes its approval from a webhook', async () => {
    await withWorker(async (context) => {
      const { result, handle } = await context.submit();
      expect(result).toEqual({ status: 'PENDING', platformTemplateId: `wa-${context.templateId}` });
      expect(status(context)).toBe('PENDING');
      expect(context.platform.callsOf(context.templateId, 'submitTemplate')).toHaveLength(1);

      await context.webhook(handle, statusEvent('APPROVED'));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      expect(context.platform.recordedOf(context.templateId)).toEqual([
        expect.objectContaining({ kind: 'status', status: 'APPROVED', source: 'webhook' }),
      ]);

      // An approved template is no longer watched: days go by without a poll.
      await env.sleep('3 days');
      await settle();
      expect(polls(context)).toBe(0);
      expect(context.platform.calls.map((call) => call.name)).toEqual([
        'submitTemplate',
        'recordTemplateEvent',
      ]);
      expect((await handle.describe()).status.name).toBe('RUNNING');
    });
  }, 60_000);

  it('finds an approval no webhook announced by polling after the usual review time', async () => {
    await withWorker(async (context) => {
      context.platform.reviewOutcome.set(context.templateId, { status: 'APPROVED', afterMs: 30 * minute });
      await context.submit();

      await env.sleep(45 * minute);
      await settle();
      expect(polls(context)).toBe(0);

      await env.sleep(30 * minute); // 1 h 15 min after the submission
      await expectEventually(() => expect(polls(context)).toBe(1));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      expect(context.pollTimes()[0]).toBeGreaterThanOrEqual(hour);
      expect(context.platform.recordedOf(context.templateId)).toEqual([
        expect.objectContaining({ status: 'APPROVED', source: 'poll' }),
      ]);

      await env.sleep('3 days');
      await settle();
      expect(polls(context)).toBe(1);
    });
  }, 60_000);

  it('backs off its polls of a template WhatsApp keeps pending: 1 h, 2 h, 4 h, then every 6 h', async () => {
    await withWorker(async (context) => {
      await context.submit();
      const submittedAt = context.platform.callsOf(context.templateId, 'submitTemplate')[0]!.atMs;
      // Polls fall at 1 h, 3 h, 7 h, 13 h, 19 h and 25 h after the submission.
      const expected: [number, number][] = [
        [0.5 * hour, 0],
        [1.5 * hour, 1],
        [2.5 * hour, 1],
        [3.5 * hour, 2],
        [6.5 * hour, 2],
        [7.5 * hour, 3],
        [12.5 * hour, 3],
        [13.5 * hour, 4],
        [18.5 * hour, 4],
        [19.5 * hour, 5],
        [24.5 * hour, 5],
        [25.5 * hour, 6],
      ];
      for (const [at, count] of expected) {
        const now = (await env.currentTimeMs()) - context.platform.startedAt;
        await env.sleep(submittedAt + at - now);
        await expectEventually(() => expect(polls(context)).toBe(count));
      }
      await settle();
      expect(polls(context)).toBe(6);
      const times = [submittedAt, ...context.pollTimes()];
      const intervals = times.slice(1).map((time, i) => time - times[i]!);
      const expectedIntervals = [1, 2, 4, 6, 6, 6].map((hours) => hours * hour);
      expect(Math.max(...expectedIntervals)).toBe(maxTemplatePollIntervalMs);
      intervals.forEach((interval, i) => {
        expect(interval).toBeGreaterThanOrEqual(expectedIntervals[i]!);
        expect(interval).toBeLessThan(expectedIntervals[i]! + minute);
      });
      expect(status(context)).toBe('PENDING');
      expect(recordedCalls(context)).toBe(0);
    });
  }, 60_000);

  it('keeps watching through a WhatsApp outage that outlasts a poll and its retries', async () => {
    await withWorker(async (context) => {
      context.platform.reviewOutcome.set(context.templateId, { status: 'APPROVED', afterMs: 30 * minute });
      context.platform.pollFailures.set(context.templateId, 8); // every attempt of the first poll
      const { handle } = await context.submit();

      await env.sleep(90 * minute);
      await expectEventually(() => expect(polls(context)).toBe(8));
      await settle();
      expect(polls(context)).toBe(8);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      expect(status(context)).toBe('PENDING');

      // The next poll comes after the doubled interval and finds the approval.
      await env.sleep(2 * hour);
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      expect(polls(context)).toBe(9);
      const [first, ...rest] = context.pollTimes();
      expect(rest.at(-1)! - rest.at(-2)!).toBeGreaterThanOrEqual(2 * hour);
      expect(first).toBeGreaterThanOrEqual(hour);
    });
  }, 60_000);

  it('records a rejection with its reason', async () => {
    await withWorker(async (context) => {
      const { handle } = await context.submit();
      await context.webhook(handle, statusEvent('REJECTED', { reason: 'INCORRECT_CATEGORY' }));
      await expectEventually(() => expect(status(context)).toBe('REJECTED'));
      expect(context.platform.callsOf(context.templateId, 'recordTemplateEvent')[0]!.input).toEqual({
        templateId: context.templateId,
        event: expect.objectContaining({ kind: 'status', status: 'REJECTED', reason: 'INCORRECT_CATEGORY' }),
      });
      // A rejected template waits for an edit: no polling.
      await env.sleep('2 days');
      await settle();
      expect(polls(context)).toBe(0);
    });
  }, 60_000);

  it('polls a paused template, unpauses it on request and refuses to unpause one that is not paused', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      const unpause = () =>
        handle.executeUpdate<void, [{ actorUserId: string | null }]>(unpauseTemplateUpdateName, {
          args: [{ actorUserId: 'user-1' }],
        });

      const notPaused = await unpause().catch((error: unknown) => error);
      expect(notPaused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((notPaused as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
      expect(((notPaused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('NotPaused');
      expect(context.platform.callsOf(context.templateId, 'unpauseTemplate')).toHaveLength(0);

      await context.webhook(
        handle,
        statusEvent('PAUSED', { detail: 'Paused for low quality: customers blocked the number' }),
      );
      await expectEventually(() => expect(status(context)).toBe('PAUSED'));

      // No webhook lifts the pause: WhatsApp is asked after the usual review time.
      await env.sleep(30 * minute);
      await settle();
      expect(polls(context)).toBe(0);
      await env.sleep(45 * minute);
      await expectEventually(() => expect(polls(context)).toBe(1));
      expect(status(context)).toBe('PAUSED');

      await unpause();
      expect(
        context.platform.callsOf(context.templateId, 'unpauseTemplate').map((call) => call.input),
      ).toEqual([{ templateId: context.templateId, actorUserId: 'user-1' }]);

      await context.webhook(handle, statusEvent('APPROVED'));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      const pollsWhilePaused = polls(context);
      await env.sleep('3 days');
      await settle();
      expect(polls(context)).toBe(pollsWhilePaused);

      const again = await unpause().catch((error: unknown) => error);
      expect(((again as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('NotPaused');
      expect((await handle.describe()).status.name).toBe('RUNNING');
    });
  }, 60_000);

  it('polls one review time after an unpause whose webhook never comes', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      await context.webhook(handle, statusEvent('PAUSED'));
      await expectEventually(() => expect(status(context)).toBe('PAUSED'));
      await env.sleep(75 * minute); // the first poll, at 1 h, finds it still paused: the next is 2 h off
      await expectEventually(() => expect(polls(context)).toBe(1));

      await handle.executeUpdate<void, [{ actorUserId: string | null }]>(unpauseTemplateUpdateName, {
        args: [{ actorUserId: null }],
      });
      context.platform.platformStatus.set(context.templateId, 'APPROVED'); // WhatsApp lifted the pause
      // The unpause starts the polls over: 1 h after it, not 2 h after the last poll.
      await env.sleep(70 * minute);
      await expectEventually(() => expect(polls(context)).toBe(2));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      const [firstPoll, secondPoll] = context.pollTimes();
      expect(secondPoll! - firstPoll!).toBeLessThan(2 * hour);
      await env.sleep('1 day');
      await settle();
      expect(polls(context)).toBe(2);
    });
  }, 60_000);

  it('records a category change', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      const event: TemplatePlatformEvent = {
        eventKey: `webhook:${++eventCounter}`,
        kind: 'category',
        phase: 'changed',
        category: 'MARKETING',
        previousCategory: 'UTILITY',
        source: 'webhook',
        occurredAt: new Date().toISOString(),
      };
      await context.webhook(handle, event);
      await expectEventually(() => expect(recordedCalls(context)).toBe(1));
      expect(context.platform.callsOf(context.templateId, 'recordTemplateEvent')[0]!.input).toEqual({
        templateId: context.templateId,
        event,
      });
      expect(status(context)).toBe('APPROVED');
    });
  }, 60_000);

  it('acts once on a webhook WhatsApp delivers twice', async () => {
    await withWorker(async (context) => {
      const { handle } = await context.submit();
      const approved = statusEvent('APPROVED');
      await context.webhook(handle, approved);
      await context.webhook(handle, approved);
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      // Redelivered after the first was recorded, too.
      await context.webhook(handle, approved);
      const paused = statusEvent('PAUSED');
      await context.webhook(handle, paused);
      await expectEventually(() => expect(status(context)).toBe('PAUSED'));
      expect(context.platform.recordedOf(context.templateId).map((event) => event.eventKey)).toEqual([
        approved.eventKey,
        paused.eventKey,
      ]);
      expect(recordedCalls(context)).toBe(2);
    });
  }, 60_000);

  it('ends when WhatsApp refuses a new template, failing the submission without retrying it', async () => {
    await withWorker(async (context) => {
      context.platform.refusing.add(context.templateId);
      const error = await context.submit().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (error as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect((cause as ApplicationFailure).type).toBe(platformRefusedFailureType);
      const handle = env.client.workflow.getHandle(context.workflowId);
      await expect(handle.result()).resolves.toBeUndefined();
      expect((await handle.describe()).status.name).toBe('COMPLETED');
      expect(context.platform.callsOf(context.templateId, 'submitTemplate')).toHaveLength(1);
    });
  }, 60_000);

  it('keeps watching an approved template whose edit WhatsApp refuses', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      context.platform.refusing.add(context.templateId);
      const error = await context.submit().catch((caught: unknown) => caught);
      expect(((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(
        platformRefusedFailureType,
      );
      expect((await handle.describe()).status.name).toBe('RUNNING');
      await context.webhook(handle, statusEvent('PAUSED'));
      await expectEventually(() => expect(status(context)).toBe('PAUSED'));
    });
  }, 60_000);

  it('resubmits an edit of an approved template and polls its review again', async () => {
    await withWorker(async (context) => {
      const { handle } = await context.submit();
      await context.webhook(handle, statusEvent('APPROVED'));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      await env.sleep('1 day');
      await settle();
      expect(polls(context)).toBe(0);

      // The edit: the engine's update-with-start meets the running workflow.
      context.platform.reviewOutcome.set(context.templateId, { status: 'APPROVED', afterMs: 90 * minute });
      const edit = await context.submit('APPROVED');
      expect(edit.handle.workflowId).toBe(handle.workflowId);
      expect(edit.result.status).toBe('PENDING');
      expect(status(context)).toBe('PENDING');
      expect(context.platform.callsOf(context.templateId, 'submitTemplate')).toHaveLength(2);

      await env.sleep(75 * minute);
      await expectEventually(() => expect(polls(context)).toBe(1));
      expect(status(context)).toBe('PENDING');
      await env.sleep(2 * hour); // the second poll, 2 h after the first, finds the approval
      await expectEventually(() => expect(polls(context)).toBe(2));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      await env.sleep('1 day');
      await settle();
      expect(polls(context)).toBe(2);
    });
  }, 60_000);

  it('deletes the template on request and ends', async () => {
    await withWorker(async (context) => {
      const { handle } = await context.submit();
      await context.webhook(handle, statusEvent('APPROVED'));
      await expectEventually(() => expect(status(context)).toBe('APPROVED'));
      const deleted = await handle.executeUpdate<DeletedTemplate, []>(deleteTemplateUpdateName);
      expect(deleted.nameHeldUntil).toEqual(expect.any(String));
      await expect(handle.result()).resolves.toBeUndefined();
      expect(context.platform.callsOf(context.templateId, 'deleteTemplate')).toHaveLength(1);
      expect(context.platform.stored.has(context.templateId)).toBe(false);
    });
  }, 60_000);

  it('ends when the template is gone from Parley', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      context.platform.stored.delete(context.templateId); // deleted in Parley by other means
      await context.webhook(handle, statusEvent('PAUSED'));
      await expect(handle.result()).resolves.toBeUndefined();
      expect(recordedCalls(context)).toBe(1);
    });
  }, 60_000);

  it('ends when a poll finds the template gone from Parley', async () => {
    await withWorker(async (context) => {
      const { handle } = await context.submit();
      context.platform.stored.delete(context.templateId);
      await expect(handle.result()).resolves.toBeUndefined(); // time skips to the first poll
      expect(polls(context)).toBe(1);
    });
  }, 60_000);

  it('carries the event keys it has seen across continue-as-new', async () => {
    await withWorker(async (context) => {
      const handle = await context.start('APPROVED');
      const workflow = env.client.workflow.getHandle(context.workflowId);
      const firstRunId = (await workflow.describe()).runId;
      const events: TemplatePlatformEvent[] = [];
      // Each event adds some seven to ten events to the history: enough of them make a new run.
      let latestRunId = firstRunId;
      while (latestRunId === firstRunId) {
        expect(events.length).toBeLessThan(400);
        const batch = Array.from({ length: 10 }, (_, i) => statusEvent(i % 2 === 0 ? 'PAUSED' : 'APPROVED'));
        events.push(...batch);
        for (const event of batch) await handle.signal(templatePlatformEventSignalName, event);
        await expectEventually(() => expect(recordedCalls(context)).toBe(events.length));
        latestRunId = (await workflow.describe()).runId;
      }
      expect(events.length).toBeGreaterThan(100);
      const firstRun = await env.client.workflow.getHandle(context.workflowId, firstRunId).describe();
      expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
      expect((await workflow.describe()).status.name).toBe('RUNNING');

      // The new run was handed the keys of the hundred events the first recorded last.
      const history = await env.client.workflow.getHandle(context.workflowId, latestRunId).fetchHistory();
      const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
      const carried = JSON.parse(
        Buffer.from(started!.input!.payloads![0]!.data!).toString(),
      ) as TemplateLifecycleInput;
      const keys = events.map((event) => event.eventKey);
      const lastOfFirstRun = keys.indexOf(carried.seenEventKeys!.at(-1)!);
      expect(carried).toEqual({
        templateId: context.templateId,
        status: events[lastOfFirstRun]!.status,
        reviewPollAfterMs,
        seenEventKeys: keys.slice(lastOfFirstRun + 1 - 100, lastOfFirstRun + 1),
        pollAttempt: 0,
      });

      // A redelivery of an event the first run recorded is not acted on again; a new event is.
      const recordedBefore = recordedCalls(context);
      await handle.signal(templatePlatformEventSignalName, events[lastOfFirstRun]!);
      const fresh = statusEvent('REJECTED', { reason: 'INVALID_FORMAT' });
      await handle.signal(templatePlatformEventSignalName, fresh);
      await expectEventually(() => expect(status(context)).toBe('REJECTED'));
      await settle();
      expect(recordedCalls(context)).toBe(recordedBefore + 1);
      expect(context.platform.recordedOf(context.templateId).at(-1)).toEqual(fresh);
    });
  }, 60_000);

  it('starts a run from carried-over input with its seen event keys', async () => {
    await withWorker(async (context) => {
      const old = statusEvent('PAUSED');
      const handle = await context.start('APPROVED', { seenEventKeys: [old.eventKey], pollAttempt: 0 });
      await context.webhook(handle, old);
      const fresh = statusEvent('PAUSED');
      await context.webhook(handle, fresh);
      await expectEventually(() => expect(status(context)).toBe('PAUSED'));
      await settle();
      expect(context.platform.recordedOf(context.templateId).map((event) => event.eventKey)).toEqual([
        fresh.eventKey,
      ]);
    });
  }, 60_000);
});
