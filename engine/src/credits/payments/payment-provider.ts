import type { CreatePurchase, PurchaseQuote } from '@parley/contracts';
import type { PaymentConfirmedSignal, PaymentOutcome } from '@parley/workflows';

export type PaymentProviderId = CreatePurchase['payment']['provider'];
/** How the admin pays: the sandbox's card, or nothing yet (Stripe Checkout asks for it). */
export type PaymentMethod = CreatePurchase['payment'];

/** What is to be paid: one purchase, priced. */
export interface PaymentRequest {
  purchaseId: string;
  organisationId: string;
  credits: number;
  quote: PurchaseQuote;
  method: PaymentMethod;
}

/** A payment as the provider has it. */
export interface Payment extends PaymentOutcome {
  /** The provider's id for it: kept as the purchase's `providerRef`, and all `status` needs. */
  providerRef: string;
  /** Where the admin pays (Stripe Checkout); null when paid already or the sandbox's. */
  checkoutUrl: string | null;
}

/** A webhook delivery the provider signed, read: what it says of which purchase. */
export type PaymentEvent =
  | { kind: 'outcome'; purchaseId: string; providerRef: string; outcome: PaymentConfirmedSignal }
  | { kind: 'other'; eventId: string; type: string };

/** The provider refused to take the payment at all (an invalid request, a refused card): permanent. */
export class PaymentRefused extends Error {
  override readonly name = 'PaymentRefused';
}

/** A webhook delivery whose signature is missing or wrong. */
export class InvalidWebhookSignature extends Error {
  override readonly name = 'InvalidWebhookSignature';
}

/**
 * One way of taking payments. Every provider implements these three; a payment is keyed by the
 * purchase, so charging the same purchase again answers the same payment and never pays twice.
 * No card data leaves `charge`: a provider keeps at most its brand and last four digits.
 */
export interface PaymentProvider {
  readonly id: PaymentProviderId;
  /** Starts paying for the purchase: a card charge (sandbox) or a Checkout Session (Stripe). */
  charge(request: PaymentRequest): Promise<Payment>;
  /** Where the payment stands now. */
  status(providerRef: string): Promise<PaymentOutcome>;
  /** Verifies and reads a webhook delivery; throws InvalidWebhookSignature when it is not genuine. */
  readWebhook(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): PaymentEvent;
}
