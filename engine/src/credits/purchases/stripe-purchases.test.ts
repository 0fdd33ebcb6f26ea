import { randomUUID } from 'node:crypto';
import { creditPurchaseWorkflowId } from '@parley/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { type StripeMock, checkoutEvent, startStripeMock } from '../../testing/stripe-mock.js';
import { timeSkippingTemporal } from '../../testing/temporal.js';
import { StripePaymentProvider, stripeClient } from '../payments/stripe-payment-provider.js';
import { auditActions, purchaseEntries, purchaseServices } from './purchases.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
type Services = Awaited<ReturnType<typeof purchaseServices>>;
const webhookSecret = 'whsec_test_parley';

describe('buying credits through Stripe Checkout (stripe-mock)', () => {
  let env: TestWorkflowEnvironment;
  let mock: StripeMock;
  let stripe: Stripe;
  let database: Database;
  let services: Services;

  beforeAll(async () => {
    [env, mock] = await Promise.all([timeSkippingTemporal(), startStripeMock()]);
    stripe = stripeClient('sk_test_parley', mock.url);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([env?.teardown(), mock?.stop()]);
  });
  beforeEach(async () => {
    database = await openTestDatabase();
    const provider = new StripePaymentProvider(stripe, {
      webhookSecret,
      publicUrl: 'https://parley.example',
    });
    services = await purchaseServices(database, env, provider);
    await services.startWorker();
  });
  afterEach(async () => {
    await services.stopWorkers();
    await database.close();
  });

  /** Stripe's delivery of `payload`, signed with `secret`, to POST /webhooks/stripe. */
  const deliver = (payload: string, secret = webhookSecret) =>
    services.webhook.execute(Buffer.from(payload), {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret }),
    });

  async function openPurchase(credits = 5_000) {
    const purchase = await services.create.execute(services.admin, {
      clientId: randomUUID(),
      credits,
      payment: { provider: 'stripe' },
    });
    const { providerRef } = await database
      .sql()
      .selectFrom('CreditPurchase')
      .select('providerRef')
      .where('id', '=', purchase.id)
      .executeTakeFirstOrThrow();
    return { purchase, session: providerRef! };
  }

  it('opens a Checkout Session, and grants once when checkout.session.completed comes twice', async () => {
    const { purchase, session } = await openPurchase();
    expect(purchase).toMatchObject({ status: 'pending', provider: 'stripe', grantedAt: null });
    expect(purchase.checkoutUrl).toMatch(/^https:\/\//);
    expect(session).toMatch(/^cs_/);

    const completed = checkoutEvent(
      'checkout.session.completed',
      { id: session, purchaseId: purchase.id },
      'evt_1',
    );
    expect(await deliver(completed)).toEqual({ delivered: true });
    expect(await deliver(completed)).toEqual({ delivered: true });
    const handle = env.client.workflow.getHandle(creditPurchaseWorkflowId(purchase.id));
    expect(await handle.result()).toEqual({ status: 'granted' });
    // Delivered again after the grant: acknowledged, and nothing changes.
    expect(await deliver(completed)).toEqual({ delivered: false });

    const { entries, balance } = await purchaseEntries(database, services.organisationId);
    expect(entries).toEqual([{ key: `purchase:${purchase.id}`, amount: 5_000, purchase: purchase.id }]);
    expect(balance).toBe(5_000);
    expect(await auditActions(database, services.organisationId)).toEqual([
      'credits.purchase_created',
      'credits.purchase_granted',
    ]);
  }, 30_000);

  it('records an expired session as expired, with nothing granted', async () => {
    const { purchase, session } = await openPurchase();
    const expired = checkoutEvent('checkout.session.expired', {
      id: session,
      purchaseId: purchase.id,
      status: 'expired',
      payment_status: 'unpaid',
    });
    expect(await deliver(expired)).toEqual({ delivered: true });
    const handle = env.client.workflow.getHandle(creditPurchaseWorkflowId(purchase.id));
    expect(await handle.result()).toEqual({ status: 'expired' });
    const row = await database.sql().selectFrom('CreditPurchase').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'expired',
      failureReason: 'expired: the Checkout Session expired unpaid',
    });
    expect((await purchaseEntries(database, services.organisationId)).entries).toEqual([]);
  }, 30_000);

  it('answers 400 to a bad signature and 200 to genuine events it has no use for', async () => {
    const { purchase, session } = await openPurchase();
    const completed = checkoutEvent('checkout.session.completed', { id: session, purchaseId: purchase.id });
    const refused = await deliver(completed, 'whsec_someone_else').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).getStatus()).toBe(400);
    expect((refused as ApiError).getResponse()).toMatchObject({ code: 'INVALID_SIGNATURE' });

    expect(
      await deliver(checkoutEvent('customer.created', { id: session, purchaseId: purchase.id })),
    ).toEqual({
      delivered: false,
    });
    // A session that is not the purchase's, and a purchase Parley never made.
    expect(
      await deliver(checkoutEvent('checkout.session.completed', { id: 'cs_other', purchaseId: purchase.id })),
    ).toEqual({
      delivered: false,
    });
    expect(
      await deliver(checkoutEvent('checkout.session.completed', { id: session, purchaseId: randomUUID() })),
    ).toEqual({ delivered: false });
    expect((await purchaseEntries(database, services.organisationId)).entries).toEqual([]);
  }, 30_000);
});
