import { sandboxTestCards } from '@parley/contracts';
import type { PaymentOutcome } from '@parley/workflows';
import {
  InvalidWebhookSignature,
  type Payment,
  type PaymentEvent,
  type PaymentProvider,
  type PaymentRequest,
} from './payment-provider.js';

type Decision = 'paid' | 'pending' | 'card_declined' | 'expired_card' | 'card_not_accepted';

const decisions: Record<string, Decision> = {
  [sandboxTestCards.succeeds]: 'paid',
  [sandboxTestCards.declined]: 'card_declined',
  [sandboxTestCards.pendingThenSucceeds]: 'pending',
};
const testCardList =
  '4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0000 0000 3220 asks for 3-D Secure';
const rememberedPayments = 10_000;

/**
 * Payments without any network, for development, demos and tests: the contract's test cards
 * decide the outcome (4242… pays, 4000…0002 is declined, 4000…3220 stays pending as a card
 * asking for 3-D Secure, then pays after SANDBOX_PAYMENT_PENDING_MS); any other number, or an
 * expiry in the past, is declined with the reason.
 *
 * The payment lives in its reference (`sandbox:<purchase>:<decision>:<brand>:<last 4>:<settles at>`), so
 * any process — the API that charged, the worker that polls — reads its status, across restarts.
 * Only the card's brand and last four digits are kept.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly id = 'sandbox' as const;
  private readonly payments = new Map<string, Payment>();

  constructor(
    private readonly pendingMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async charge(request: PaymentRequest): Promise<Payment> {
    const known = this.payments.get(request.purchaseId);
    if (known) return { ...known, ...(await this.status(known.providerRef)) };
    if (request.method.provider !== 'sandbox')
      throw new Error('the sandbox payment provider takes its test cards only');
    const { number, expiry } = request.method.card;
    const decision = expired(expiry, new Date(this.now()))
      ? 'expired_card'
      : (decisions[number] ?? 'card_not_accepted');
    const settlesAt = decision === 'pending' ? this.now() + this.pendingMs : this.now();
    const providerRef = [
      'sandbox',
      request.purchaseId,
      decision,
      brandOf(number),
      number.slice(-4),
      settlesAt,
    ].join(':');
    const payment = { providerRef, checkoutUrl: null, ...(await this.status(providerRef)) };
    if (this.payments.size >= rememberedPayments) this.payments.delete(this.payments.keys().next().value!);
    this.payments.set(request.purchaseId, payment);
    return payment;
  }

  async status(providerRef: string): Promise<PaymentOutcome> {
    const [kind, , decision, brand, last4, settlesAt] = providerRef.split(':');
    if (kind !== 'sandbox' || settlesAt === undefined)
      throw new Error(`${providerRef} is not a sandbox payment`);
    const card = `the ${brand ? `${brand} ` : ''}card ending ${last4}`;
    switch (decision as Decision) {
      case 'paid':
        return { status: 'paid', reason: null };
      case 'pending':
        return this.now() >= Number(settlesAt)
          ? { status: 'paid', reason: null }
          : { status: 'pending', reason: null };
      case 'card_declined':
        return { status: 'declined', reason: `card_declined: ${card} was declined` };
      case 'expired_card':
        return { status: 'declined', reason: `expired_card: ${card} has expired` };
      default:
        return {
          status: 'declined',
          reason: `card_not_accepted: ${card} is not a sandbox test card (${testCardList})`,
        };
    }
  }

  readWebhook(): PaymentEvent {
    throw new InvalidWebhookSignature('the sandbox payment provider sends no webhooks');
  }
}

/** A card is good through the last day of its expiry month (MM/YY). */
function expired(expiry: string, now: Date): boolean {
  const [month, year] = expiry.split('/').map(Number) as [number, number];
  const months = (2000 + year) * 12 + month;
  return months < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

/** The card's network, from its first digits (what a receipt shows with the last four). */
function brandOf(number: string): string {
  if (number.startsWith('4')) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'Mastercard';
  if (/^3[47]/.test(number)) return 'American Express';
  if (number.startsWith('35')) return 'JCB';
  return '';
}
