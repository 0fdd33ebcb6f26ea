import { randomUUID } from 'node:crypto';
import { defaultPriceList, quotePurchase, type PurchaseQuote } from '@parley/contracts';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeMock, checkoutEvent, startStripeMock } from '../../testing/stripe-mock.js';
import { InvalidWebhookSignature } from './payment-provider.js';
import { StripePaymentProvider, stripeClient } from './stripe-payment-provider.js';

const webhookSecret = 'whsec_test_parley';
const quote = (credits: number, currency: string) =>
  quotePurchase(defaultPriceList, credits, currency) as PurchaseQuote;

describe('StripePaymentProvider against stripe-mock', () => {
  let mock: StripeMock;
  let stripe: Stripe;
  let provider: StripePaymentProvider;
  beforeAll(async () => {
    mock = await startStripeMock();
    stripe = stripeClient('sk_test_parley', mock.url);
    provider = new StripePaymentProvider(stripe, { webhookSecret, publicUrl: 'https://parley.example' });
  }, 120_000);
  afterAll(() => mock?.stop());

  /** A delivery as Stripe signs it. */
  const signed = (payload: string, secret = webhookSecret) => ({
    'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret }),
  });

  it('opens a Checkout Session for the quote, keyed by the purchase, and reads it back', async () => {
    const purchaseId = randomUUID();
    const requests: { method: string; path: string; idempotency_key?: string }[] = [];
    const onRequest = (event: { method: string; path: string; idempotency_key?: string }) =>
      requests.push(event);
    stripe.on('request', onRequest);
    try {
      const payment = await provider.charge({
        purchaseId,
        organisationId: randomUUID(),
        credits: 5_000,
        quote: quote(5_000, 'JPY'),
        method: { provider: 'stripe' },
      });
      expect(payment.providerRef).toMatch(/^cs_/);
      expect(payment.checkoutUrl).toMatch(/^https:\/\//);
      expect(payment.status).toBe('pending');
      expect(await provider.status(payment.providerRef)).toEqual({ status: 'pending', reason: null });
    } finally {
      stripe.off('request', onRequest);
    }
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      idempotency_key: purchaseId,
    });
    expect(requests[1]).toMatchObject({
      method: 'GET',
      path: expect.stringMatching(/^\/v1\/checkout\/sessions\/cs_/),
    });
  });

  it('charges two-decimal currencies in cents', async () => {
    // stripe-mock validates the request against Stripe's spec: a fractional amount would be refused.
    const usd = quote(1_234, 'USD');
    expect(usd.total).toBe(864); // 1,234 × $0.007 = $8.638 → 864 cents
    const payment = await provider.charge({
      purchaseId: randomUUID(),
      organisationId: randomUUID(),
      credits: 1_234,
      quote: usd,
      method: { provider: 'stripe' },
    });
    expect(payment.providerRef).toMatch(/^cs_/);
  });

  it('reads a genuine checkout.session.completed as the purchase paid', () => {
    const purchaseId = randomUUID();
    const payload = checkoutEvent('checkout.session.completed', { id: 'cs_test_1', purchaseId }, 'evt_1');
    expect(provider.readWebhook(Buffer.from(payload), signed(payload))).toEqual({
      kind: 'outcome',
      purchaseId,
      providerRef: 'cs_test_1',
      outcome: { status: 'paid', reason: null, eventId: 'evt_1' },
    });
  });

  it('refuses a tampered body, another secret and a missing signature', () => {
    const payload = checkoutEvent('checkout.session.completed', {
      id: 'cs_test_1',
      purchaseId: randomUUID(),
    });
    const tampered = payload.replace('"paid"', '"unpaid"');
    expect(() => provider.readWebhook(Buffer.from(tampered), signed(payload))).toThrow(
      InvalidWebhookSignature,
    );
    expect(() => provider.readWebhook(Buffer.from(payload), signed(payload, 'whsec_other'))).toThrow(
      InvalidWebhookSignature,
    );
    expect(() => provider.readWebhook(Buffer.from(payload), {})).toThrow(
      /Stripe-Signature header is missing/,
    );
    const unconfigured = new StripePaymentProvider(stripe, {
      webhookSecret: undefined,
      publicUrl: 'https://x',
    });
    expect(() => unconfigured.readWebhook(Buffer.from(payload), signed(payload))).toThrow(
      /STRIPE_WEBHOOK_SECRET is not set/,
    );
  });

  it('maps delayed payments, failures, expiry and other events', () => {
    const purchaseId = randomUUID();
    const read = (type: string, extra: { payment_status?: string; status?: string } = {}) => {
      const payload = checkoutEvent(type, { id: 'cs_test_2', purchaseId, ...extra }, 'evt_2');
      return provider.readWebhook(Buffer.from(payload), signed(payload));
    };
    const outcome = (status: string, reason: string | null) => ({
      kind: 'outcome',
      purchaseId,
      providerRef: 'cs_test_2',
      outcome: { status, reason, eventId: 'evt_2' },
    });
    // A bank debit: completed now, paid (or failed) days later.
    expect(read('checkout.session.completed', { payment_status: 'unpaid' })).toEqual({
      kind: 'other',
      eventId: 'evt_2',
      type: 'checkout.session.completed',
    });
    expect(read('checkout.session.async_payment_succeeded')).toEqual(outcome('paid', null));
    expect(read('checkout.session.async_payment_failed', { payment_status: 'unpaid' })).toEqual(
      outcome('declined', 'async_payment_failed: the delayed payment failed'),
    );
    expect(read('checkout.session.expired', { status: 'expired', payment_status: 'unpaid' })).toEqual(
      outcome('expired', 'expired: the Checkout Session expired unpaid'),
    );
    expect(read('customer.created')).toEqual({ kind: 'other', eventId: 'evt_2', type: 'customer.created' });
  });

  it('reads a session back as paid, expired, failed or still pending', async () => {
    const reading = (session: Record<string, unknown>) =>
      new StripePaymentProvider(
        { checkout: { sessions: { retrieve: async () => session } } } as unknown as Stripe,
        { webhookSecret, publicUrl: 'https://parley.example' },
      ).status('cs_test_3');
    expect(await reading({ status: 'complete', payment_status: 'paid' })).toEqual({
      status: 'paid',
      reason: null,
    });
    expect(await reading({ status: 'expired', payment_status: 'unpaid' })).toEqual({
      status: 'expired',
      reason: 'expired: the Checkout Session expired unpaid',
    });
    const failedIntent = {
      status: 'requires_payment_method',
      last_payment_error: { message: 'insufficient funds' },
    };
    expect(
      await reading({ status: 'complete', payment_status: 'unpaid', payment_intent: failedIntent }),
    ).toEqual({
      status: 'declined',
      reason: 'payment_failed: insufficient funds',
    });
    // Completed, a bank debit on its way; or open, the admin still on Checkout.
    const processing = { status: 'processing', last_payment_error: null };
    expect(
      await reading({ status: 'complete', payment_status: 'unpaid', payment_intent: processing }),
    ).toEqual({
      status: 'pending',
      reason: null,
    });
    expect(await reading({ status: 'open', payment_status: 'unpaid', payment_intent: null })).toEqual({
      status: 'pending',
      reason: null,
    });
  });
});
