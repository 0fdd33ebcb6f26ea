import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CreditPurchaseActivities,
  type CreditPurchaseInput,
  type PaymentConfirmedSignal,
  type PaymentOutcome,
  creditPurchaseWorkflowId,
  creditPurchaseWorkflowType,
  maxPaymentPollMs,
  paymentConfirmedSignalName,
  purchasePaymentDeadlineMs,
} from './credit-purchase.contract.js';
import type { creditPurchaseWorkflow } from './credit-purchase.workflow.js';
import {
  bundleWorkflows,
  expectEventually,
  fetchHistoryJson,
  localEnvironment,
  recordHistoryIfAsked,
  timeSkippingSuite,
} from './test-environment.js';

type PurchaseWorkflow = typeof creditPurchaseWorkflow;
const pending: PaymentOutcome = { status: 'pending', reason: null };
const paidSignal: PaymentConfirmedSignal = { status: 'paid', reason: null, eventId: 'evt_1' };

/**
 * The engine behind the purchase's activities, in memory: the provider's view of the payment
 * (pending until a set time, or a fixed outcome), the stored purchase and the ledger, keyed as
 * the real one is (`purchase:<id>`), so a repeated grant adds nothing.
 */
class FakeEngine {
  /** What the provider answers; `paidAfterMs` turns a pending payment paid that long after the start. */
  provider: PaymentOutcome = pending;
  paidAfterMs: number | undefined;
  stored: PaymentOutcome['status'] | 'granted' = 'pending';
  readonly ledger = new Map<string, number>();
  /** Test-server times of each provider check, from the start. */
  readonly checks: number[] = [];
  readonly recorded: PaymentOutcome[] = [];
  grants = 0;
  /** Grants that do their work and then fail, as a worker dying before it reports the completion. */
  failingGrantsAfterWork = 0;
  /** Holds a grant until released. */
  grantGate: Promise<void> | undefined;
  onGrantStarted: (() => void) | undefined;

  constructor(
    private readonly now: () => Promise<number>,
    private readonly startedAt: number,
  ) {}

  readonly activities: CreditPurchaseActivities = {
    checkPurchasePayment: async () => {
      const atMs = (await this.now()) - this.startedAt;
      this.checks.push(atMs);
      if (this.paidAfterMs !== undefined && atMs >= this.paidAfterMs) return { status: 'paid', reason: null };
      return this.provider;
    },
    recordPurchasePayment: async ({ outcome }) => {
      this.recorded.push(outcome);
      if (this.stored === 'pending') this.stored = outcome.status;
    },
    grantPurchase: async ({ purchaseId }) => {
      this.grants += 1;
      this.onGrantStarted?.();
      await this.grantGate;
      const key = `purchase:${purchaseId}`;
      const granted = !this.ledger.has(key);
      if (granted) this.ledger.set(key, 1000);
      this.stored = 'granted';
      if (this.failingGrantsAfterWork > 0) {
        this.failingGrantsAfterWork -= 1;
        throw ApplicationFailure.retryable('the worker stopped before reporting the grant', 'WorkerDied');
      }
      return { granted };
    },
  };
}

describe('creditPurchaseWorkflow with time skipping', () => {
  const suite = timeSkippingSuite();

  interface Context {
    engine: FakeEngine;
    input: CreditPurchaseInput;
    start(): Promise<WorkflowHandle<PurchaseWorkflow>>;
  }

  async function withWorker(
    test: (context: Context) => Promise<void>,
    prepare?: (engine: FakeEngine) => void,
  ) {
    const { env, bundle } = suite;
    const taskQueue = `test-${randomUUID()}`;
    const input = { purchaseId: randomUUID(), organisationId: randomUUID() };
    const workflowId = creditPurchaseWorkflowId(input.purchaseId);
    const engine = new FakeEngine(() => env.currentTimeMs(), await env.currentTimeMs());
    prepare?.(engine);
    const context: Context = {
      engine,
      input,
      start: () =>
        env.client.workflow.start<PurchaseWorkflow>(creditPurchaseWorkflowType, {
          workflowId,
          taskQueue,
          args: [input],
        }),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: engine.activities,
    });
    try {
      await worker.runUntil(test(context));
    } finally {
      const handle = env.client.workflow.getHandle(workflowId);
      const running = await handle.describe().then(
        (description) => description.status.name === 'RUNNING',
        () => false,
      );
      if (running) await handle.terminate('test over');
    }
  }

  it('grants once when the payment is confirmed twice', async () => {
    await withWorker(async ({ engine, start }) => {
      const handle = await start();
      await handle.signal(paymentConfirmedSignalName, paidSignal);
      await handle.signal(paymentConfirmedSignalName, { ...paidSignal, eventId: 'evt_1_again' });
      expect(await handle.result()).toEqual({ status: 'granted' });
      expect(engine.grants).toBe(1);
      expect(engine.ledger.size).toBe(1);
      expect(engine.recorded).toEqual([{ status: 'paid', reason: null }]);
      expect(engine.stored).toBe('granted');
    });
  });

  it('polls a pending payment at doubling intervals until the provider says it is paid', async () => {
    await withWorker(
      async ({ engine, start }) => {
        const handle = await start();
        expect(await handle.result()).toEqual({ status: 'granted' });
        // Asked at once, then after 2, 4 and 8 seconds: paid by the fourth question.
        expect(engine.checks).toHaveLength(4);
        const gaps = engine.checks.slice(1).map((at, i) => at - engine.checks[i]!);
        gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(2_000 * 2 ** i));
        gaps.forEach((gap, i) => expect(gap).toBeLessThan(2_000 * 2 ** i + 1_000));
        expect(engine.recorded).toEqual([{ status: 'paid', reason: null }]);
        expect(engine.ledger.size).toBe(1);
      },
      (engine) => {
        engine.paidAfterMs = 10_000;
      },
    );
  });

  it('records a declined payment and grants nothing', async () => {
    await withWorker(
      async ({ engine, start }) => {
        expect(await (await start()).result()).toEqual({ status: 'declined' });
        expect(engine.recorded).toEqual([{ status: 'declined', reason: 'card_declined' }]);
        expect(engine.stored).toBe('declined');
        expect(engine.grants).toBe(0);
      },
      (engine) => {
        engine.provider = { status: 'declined', reason: 'card_declined' };
      },
    );
  });

  it('expires a purchase not paid within 24 hours, polling at most every 5 minutes', async () => {
    await withWorker(async ({ engine, start }) => {
      expect(await (await start()).result()).toEqual({ status: 'expired' });
      expect(engine.recorded).toEqual([{ status: 'expired', reason: 'not paid within 24 hours' }]);
      expect(engine.grants).toBe(0);
      const last = engine.checks.at(-1)!;
      expect(last).toBeGreaterThanOrEqual(purchasePaymentDeadlineMs);
      expect(last).toBeLessThan(purchasePaymentDeadlineMs + 60_000);
      const gaps = engine.checks.slice(1).map((at, i) => at - engine.checks[i]!);
      expect(Math.max(...gaps)).toBeLessThan(maxPaymentPollMs + 1_000);
      expect(engine.checks.length).toBeLessThan(300);
    });
  }, 60_000);

  it('takes a payment confirmed just before the deadline', async () => {
    await withWorker(async ({ engine, start }) => {
      const handle = await start();
      await suite.env.sleep(purchasePaymentDeadlineMs - 60_000);
      await handle.signal(paymentConfirmedSignalName, paidSignal);
      expect(await handle.result()).toEqual({ status: 'granted' });
      expect(engine.ledger.size).toBe(1);
    });
  }, 60_000);

  it('retries a grant that failed after doing its work, and the credits are granted once', async () => {
    await withWorker(
      async ({ engine, start }) => {
        const handle = await start();
        await handle.signal(paymentConfirmedSignalName, paidSignal);
        expect(await handle.result()).toEqual({ status: 'granted' });
        expect(engine.grants).toBe(2);
        expect([...engine.ledger.entries()]).toEqual([[expect.stringMatching(/^purchase:/), 1000]]);
      },
      (engine) => {
        engine.failingGrantsAfterWork = 1;
      },
    );
  });

  it('ignores a confirmation that comes during the grant, and cannot be signalled after it', async () => {
    let release!: () => void;
    let grantStarted!: () => void;
    const started = new Promise<void>((resolve) => (grantStarted = resolve));
    await withWorker(
      async ({ engine, start }) => {
        const handle = await start();
        await handle.signal(paymentConfirmedSignalName, paidSignal);
        await started;
        await handle.signal(paymentConfirmedSignalName, {
          status: 'declined',
          reason: 'too late',
          eventId: 'evt_2',
        });
        release();
        expect(await handle.result()).toEqual({ status: 'granted' });
        expect(engine.recorded).toEqual([{ status: 'paid', reason: null }]);
        const late = await handle
          .signal(paymentConfirmedSignalName, paidSignal)
          .catch((error: unknown) => error);
        expect(late).toBeInstanceOf(WorkflowNotFoundError);
        expect(engine.grants).toBe(1);
        expect(engine.ledger.size).toBe(1);
      },
      (engine) => {
        engine.grantGate = new Promise<void>((resolve) => (release = resolve));
        engine.onGrantStarted = grantStarted;
      },
    );
  });
});

// The source of the committed history the replay test replays (RECORD_HISTORY=1 refreshes it).
describe('a typical purchase on a dev server', () => {
  let env: TestWorkflowEnvironment;
  let workflowBundle: { code: string };
  beforeAll(async () => {
    [env, workflowBundle] = await Promise.all([localEnvironment(), bundleWorkflows()]);
  }, 60_000);
  afterAll(() => env?.teardown());

  it('pending, then confirmed by webhook, then granted', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const input = {
      purchaseId: '8f14e45f-ceea-467f-a0e6-000000000001',
      organisationId: '8f14e45f-ceea-467f-a0e6-0000000000aa',
    };
    const workflowId = creditPurchaseWorkflowId(input.purchaseId);
    const engine = new FakeEngine(async () => Date.now(), Date.now());
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: engine.activities,
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start<PurchaseWorkflow>(creditPurchaseWorkflowType, {
        workflowId,
        taskQueue,
        args: [input],
      });
      await expectEventually(() => expect(engine.checks).toHaveLength(1));
      await handle.signal(paymentConfirmedSignalName, paidSignal);
      expect(await handle.result()).toEqual({ status: 'granted' });
    });
    const json = fetchHistoryJson(env.address, workflowId);
    await Worker.runReplayHistory({ workflowBundle }, JSON.parse(json.toString()), workflowId);
    recordHistoryIfAsked(
      fileURLToPath(new URL('./histories/credit-purchase-confirmed-granted.json', import.meta.url)),
      json,
    );
  }, 30_000);
});
