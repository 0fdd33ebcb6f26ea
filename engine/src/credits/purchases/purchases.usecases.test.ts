import { randomUUID } from 'node:crypto';
import {
  type CreatePurchase,
  type InboxEvent,
  createPurchaseSchema,
  sandboxTestCards,
} from '@parley/contracts';
import { creditPurchaseWorkflowId } from '@parley/workflows';
import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { timeSkippingTemporal } from '../../testing/temporal.js';
import { SandboxPaymentProvider } from '../payments/sandbox-payment-provider.js';
import { GetPurchaseUseCase } from './get-purchase.usecase.js';
import { ListPurchasesUseCase } from './list-purchases.usecase.js';
import { auditActions, purchaseEntries, purchaseServices } from './purchases.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
type Services = Awaited<ReturnType<typeof purchaseServices>>;

/** The ApiError `promise` fails with, as its status and body. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { status: error.getStatus(), ...(error.getResponse() as { code: string; message: string }) };
}

const card = (number: string, expiry = '12/40') => ({ number, expiry, cvc: '123', name: 'Hanako Yamada' });
/** A request body, parsed as the controller parses it. */
const sandboxPurchase = (credits: number, number: string, clientId = randomUUID()): CreatePurchase =>
  createPurchaseSchema.parse({ clientId, credits, payment: { provider: 'sandbox', card: card(number) } });

describe('buying credits with the sandbox provider', () => {
  let env: TestWorkflowEnvironment;
  let database: Database;
  let services: Services;
  /** The sandbox's clock: tests move it to end the 3-D Secure card's wait. */
  let clock: number;

  beforeAll(async () => {
    env = await timeSkippingTemporal();
  }, 120_000);
  afterAll(() => env?.teardown());
  beforeEach(async () => {
    database = await openTestDatabase();
    clock = Date.now();
    services = await purchaseServices(database, env, new SandboxPaymentProvider(5_000, () => clock));
  });
  afterEach(async () => {
    await services.stopWorkers();
    await database.close();
  });

  const result = (purchaseId: string) =>
    env.client.workflow.getHandle(creditPurchaseWorkflowId(purchaseId)).result();

  it('grants the success card’s credits within the request, audited and published', async () => {
    await services.startWorker();
    const events: InboxEvent[] = [];
    services.events.subscribe(services.organisationId, (event) => events.push(event));
    const purchase = await services.create.execute(
      services.admin,
      sandboxPurchase(1_000, '4242 4242 4242 4242'),
    );
    expect(purchase).toMatchObject({
      credits: 1_000,
      provider: 'sandbox',
      status: 'granted',
      failureReason: null,
      checkoutUrl: null,
      createdBy: { id: services.admin.userId },
      quote: { currency: 'JPY', subtotal: 1_000, tax: 100, total: 1_100 },
    });
    expect(purchase.grantedAt).not.toBeNull();
    const { entries, balance } = await purchaseEntries(database, services.organisationId);
    expect(entries).toEqual([{ key: `purchase:${purchase.id}`, amount: 1_000, purchase: purchase.id }]);
    expect(balance).toBe(1_000);
    expect(await auditActions(database, services.organisationId)).toEqual([
      'credits.purchase_created',
      'credits.purchase_granted',
    ]);
    const statuses = events.flatMap((event) =>
      event.type === 'credits.purchase_updated' ? [event.purchase.status] : [],
    );
    expect(statuses.at(-1)).toBe('granted');
    expect(events.some((event) => event.type === 'credits.updated')).toBe(true);
    // Nothing of the card is stored but its brand and last four digits.
    const stored = await database.sql().selectFrom('CreditPurchase').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('4242424242424242');
    expect(JSON.stringify(stored)).not.toContain('Hanako');
  });

  it('declines the declined card with its reason and grants nothing', async () => {
    await services.startWorker();
    const purchase = await services.create.execute(
      services.admin,
      sandboxPurchase(1_000, sandboxTestCards.declined),
    );
    expect(purchase).toMatchObject({
      status: 'declined',
      failureReason: 'card_declined: the Visa card ending 0002 was declined',
      grantedAt: null,
    });
    expect(await result(purchase.id)).toEqual({ status: 'declined' });
    expect((await purchaseEntries(database, services.organisationId)).entries).toEqual([]);
  });

  it('keeps the 3-D Secure card pending, then grants it when a poll finds it paid', async () => {
    await services.startWorker();
    const purchase = await services.create.execute(
      services.admin,
      sandboxPurchase(2_000, sandboxTestCards.pendingThenSucceeds),
    );
    expect(purchase.status).toBe('pending');
    clock += 5_000;
    expect(await result(purchase.id)).toEqual({ status: 'granted' });
    const get = new GetPurchaseUseCase(database);
    expect((await get.execute(services.admin, purchase.id)).status).toBe('granted');
    expect((await purchaseEntries(database, services.organisationId)).balance).toBe(2_000);
  });

  it('refuses quotes out of range or in a currency not sold, naming the field', async () => {
    expect(await refusal(services.quote.execute(services.admin, { credits: 50 }))).toMatchObject({
      status: 400,
      code: 'CREDITS_OUT_OF_RANGE',
      message: expect.stringMatching(/^credits: credits must be a whole number from 100 to 10000000/),
    });
    expect(
      await refusal(services.quote.execute(services.admin, { credits: 1_000, currency: 'GBP' })),
    ).toMatchObject({
      status: 400,
      code: 'CURRENCY_NOT_SOLD',
      message: 'currency: credits are not sold in GBP; they are sold in JPY, USD, EUR',
    });
    expect(
      await refusal(
        services.create.execute(services.admin, sandboxPurchase(10_000_001, sandboxTestCards.succeeds)),
      ),
    ).toMatchObject({ status: 400, code: 'CREDITS_OUT_OF_RANGE' });
    expect(await database.sql().selectFrom('CreditPurchase').select('id').execute()).toEqual([]);
  });

  it('quotes in yen for an organisation without a credit account, else in its currency', async () => {
    expect(await services.quote.execute(services.admin, { credits: 10_000 })).toMatchObject({
      currency: 'JPY',
      subtotal: 10_000,
      discountPercent: 5,
      discount: 500,
      tax: 950,
      total: 10_450,
    });
    await services.accounts.ensure(database.sql(), services.organisationId);
    await database
      .sql()
      .updateTable('CreditAccount')
      .set({ currency: 'USD' })
      .where('organisation', '=', services.organisationId)
      .execute();
    expect(await services.quote.execute(services.admin, { credits: 1_000 })).toMatchObject({
      currency: 'USD',
      minorDigits: 2,
      total: 700,
    });
  });

  it('answers the same purchase for the same clientId, and buys once', async () => {
    await services.startWorker();
    const clientId = randomUUID();
    const first = await services.create.execute(
      services.admin,
      sandboxPurchase(1_000, sandboxTestCards.succeeds, clientId),
    );
    const again = await services.create.execute(
      services.admin,
      sandboxPurchase(5_000, sandboxTestCards.declined, clientId),
    );
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ status: 'granted', credits: 1_000 });
    const { entries, balance } = await purchaseEntries(database, services.organisationId);
    expect(entries).toHaveLength(1);
    expect(balance).toBe(1_000);
    expect(await auditActions(database, services.organisationId)).toEqual([
      'credits.purchase_created',
      'credits.purchase_granted',
    ]);
    const listed = await new ListPurchasesUseCase(database).execute(services.admin);
    expect(listed.map((purchase) => purchase.id)).toEqual([first.id]);
  });

  it('refuses a payment through a provider this Parley does not use, naming payment.provider', async () => {
    const body: CreatePurchase = { clientId: randomUUID(), credits: 1_000, payment: { provider: 'stripe' } };
    expect(await refusal(services.create.execute(services.admin, body))).toMatchObject({
      status: 400,
      code: 'PAYMENT_PROVIDER_MISMATCH',
      message: 'payment.provider: this Parley takes payments through sandbox, not stripe',
      issues: [{ path: 'payment.provider' }],
    });
  });

  it('grants once when the payment is confirmed twice', async () => {
    await services.startWorker();
    const purchase = await services.create.execute(
      services.admin,
      sandboxPurchase(3_000, sandboxTestCards.pendingThenSucceeds),
    );
    const paid = { status: 'paid' as const, reason: null };
    expect(await services.workflows.confirm(purchase.id, { ...paid, eventId: 'evt_1' })).toBe(true);
    await services.workflows.confirm(purchase.id, { ...paid, eventId: 'evt_1_redelivered' });
    expect(await result(purchase.id)).toEqual({ status: 'granted' });
    // After the grant the workflow is gone: a late confirmation finds nothing to tell.
    expect(await services.workflows.confirm(purchase.id, { ...paid, eventId: 'evt_late' })).toBe(false);
    const { entries, balance } = await purchaseEntries(database, services.organisationId);
    expect(entries).toHaveLength(1);
    expect(balance).toBe(3_000);
  });

  it('grants once when the worker is stopped between the grant’s commit and its completion', async () => {
    let committed!: () => void;
    const grantCommitted = new Promise<void>((resolve) => (committed = resolve));
    // The first worker's grant does its work, then hangs as a dying worker would until stopped.
    const first = await services.startWorker(
      {
        grantPurchase: async (input) => {
          const outcome = await services.activities.activities.grantPurchase(input);
          committed();
          await Context.current().cancelled;
          return outcome;
        },
      },
      // Not sticky: the time-skipping server would hold the workflow's next task for the stopped
      // worker's own queue, where a real server gives up on it after a few seconds.
      { shutdownGraceTime: '100 ms', maxCachedWorkflows: 0 },
    );
    const purchase = await services.create.execute(
      services.admin,
      sandboxPurchase(4_000, sandboxTestCards.succeeds),
    );
    await grantCommitted;
    first.worker.shutdown();
    await first.running;
    expect((await purchaseEntries(database, services.organisationId)).entries).toHaveLength(1);

    // A new worker takes the retried grant over: it finds the grant done and adds nothing.
    const retried: { granted: boolean }[] = [];
    await services.startWorker({
      grantPurchase: async (input) => {
        const outcome = await services.activities.activities.grantPurchase(input);
        retried.push(outcome);
        return outcome;
      },
    });
    expect(await result(purchase.id)).toEqual({ status: 'granted' });
    expect(retried).toEqual([{ granted: false }]);
    const { entries, balance } = await purchaseEntries(database, services.organisationId);
    expect(entries).toEqual([{ key: `purchase:${purchase.id}`, amount: 4_000, purchase: purchase.id }]);
    expect(balance).toBe(4_000);
    expect(
      (await auditActions(database, services.organisationId)).filter(
        (action) => action === 'credits.purchase_granted',
      ),
    ).toHaveLength(1);
  }, 60_000);
});
