import { randomUUID } from 'node:crypto';
import {
  defaultPriceList,
  quotePurchase,
  sandboxCardSchema,
  sandboxTestCards,
  type PurchaseQuote,
} from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import type { PaymentRequest } from './payment-provider.js';
import { SandboxPaymentProvider } from './sandbox-payment-provider.js';

const now = Date.parse('2026-12-01T09:00:00Z');

function request(number: string, expiry = '12/30', purchaseId = randomUUID()): PaymentRequest {
  const card = sandboxCardSchema.parse({ number, expiry, cvc: '123', name: 'Hanako Yamada' });
  return {
    purchaseId,
    organisationId: randomUUID(),
    credits: 1_000,
    quote: quotePurchase(defaultPriceList, 1_000, 'JPY') as PurchaseQuote,
    method: { provider: 'sandbox', card },
  };
}

describe('SandboxPaymentProvider', () => {
  it('pays with 4242 4242 4242 4242', async () => {
    const payment = await new SandboxPaymentProvider(5_000, () => now).charge(request('4242 4242 4242 4242'));
    expect(payment).toMatchObject({ status: 'paid', reason: null, checkoutUrl: null });
  });

  it('declines 4000 0000 0000 0002 as card_declined', async () => {
    const payment = await new SandboxPaymentProvider(5_000, () => now).charge(
      request(sandboxTestCards.declined),
    );
    expect(payment.status).toBe('declined');
    expect(payment.reason).toBe('card_declined: the Visa card ending 0002 was declined');
  });

  it('keeps the 3-D Secure card pending, then paid after SANDBOX_PAYMENT_PENDING_MS, in any process', async () => {
    let clock = now;
    const provider = new SandboxPaymentProvider(5_000, () => clock);
    const payment = await provider.charge(request(sandboxTestCards.pendingThenSucceeds));
    expect(payment.status).toBe('pending');
    // Another process (the worker) reads the status from the reference alone.
    const worker = new SandboxPaymentProvider(5_000, () => clock);
    clock += 4_999;
    expect((await worker.status(payment.providerRef)).status).toBe('pending');
    clock += 1;
    expect(await worker.status(payment.providerRef)).toEqual({ status: 'paid', reason: null });
  });

  it('declines any other number and a card past its expiry month, saying why', async () => {
    const provider = new SandboxPaymentProvider(5_000, () => now);
    const other = await provider.charge(request('5555 5555 5555 4444'));
    expect(other.status).toBe('declined');
    expect(other.reason).toMatch(
      /^card_not_accepted: the Mastercard card ending 4444 is not a sandbox test card/,
    );
    expect(other.reason).toContain('4242 4242 4242 4242 pays');
    const expired = await provider.charge(request(sandboxTestCards.succeeds, '11/26'));
    expect(expired).toMatchObject({
      status: 'declined',
      reason: 'expired_card: the Visa card ending 4242 has expired',
    });
    // Good through the last day of its month.
    expect((await provider.charge(request(sandboxTestCards.succeeds, '12/26'))).status).toBe('paid');
  });

  it('answers the same payment when the same purchase is charged again', async () => {
    const provider = new SandboxPaymentProvider(5_000, () => now);
    const purchaseId = randomUUID();
    const first = await provider.charge(request(sandboxTestCards.succeeds, '12/30', purchaseId));
    const again = await provider.charge(request(sandboxTestCards.declined, '12/30', purchaseId));
    expect(again).toEqual(first);
  });

  it('keeps no more of the card than its brand and last four digits', async () => {
    const payment = await new SandboxPaymentProvider(5_000, () => now).charge(
      request(sandboxTestCards.succeeds),
    );
    expect(payment.providerRef).not.toContain('424242424242');
    expect(payment.providerRef).toMatch(/:Visa:4242:/);
    expect(JSON.stringify(payment)).not.toMatch(/Hanako|12\/30/);
  });
});
