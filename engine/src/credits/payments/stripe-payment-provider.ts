import type { PaymentConfirmedSignal, PaymentOutcome } from '@parley/workflows';
import Stripe from 'stripe';
import {
  InvalidWebhookSignature,
  PaymentRefused,
  type Payment,
  type PaymentEvent,
  type PaymentProvider,
  type PaymentRequest,
} from './payment-provider.js';

type Session = Stripe.Checkout.Session;

export interface StripeSettings {
  /** Verifies webhooks; without it Stripe's deliveries are refused and purchases are polled only. */
  webhookSecret: string | undefined;
  /** Where Checkout sends the admin back (PUBLIC_URL). */
  publicUrl: string;
}

/** The Stripe SDK, pointed at `apiUrl` when given (host, port and protocol of the constructor). */
export function stripeClient(secretKey: string, apiUrl: string | undefined): Stripe {
  if (!apiUrl) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
    maxNetworkRetries: 2,
  });
}

/**
 * Stripe Checkout: a purchase is one Checkout Session (mode `payment`, one line in the quote's
 * currency and minor units — yen for JPY, cents for USD — as Stripe counts them), created with
 * the purchase id as idempotency key, so asking twice opens one session. Its status is read back
 * from the session; Stripe's signed webhooks say when it is paid, failed or expired.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly id = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly settings: StripeSettings,
  ) {}

  async charge(request: PaymentRequest): Promise<Payment> {
    const { purchaseId, quote } = request;
    const back = `${this.settings.publicUrl}/settings/credits?purchase=${purchaseId}`;
    const session = await this.stripe.checkout.sessions
      .create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: quote.currency.toLowerCase(),
                unit_amount: quote.total,
                product_data: { name: `Parley credits ×${request.credits.toLocaleString('en')}` },
              },
            },
          ],
          client_reference_id: purchaseId,
          metadata: { purchaseId, organisationId: request.organisationId },
          payment_intent_data: { metadata: { purchaseId } },
          success_url: back,
          cancel_url: back,
        },
        { idempotencyKey: purchaseId },
      )
      .catch((error: unknown) => {
        // Stripe refusing the request itself will refuse it again; anything else may pass later.
        if (
          error instanceof Stripe.errors.StripeInvalidRequestError ||
          error instanceof Stripe.errors.StripeCardError
        )
          throw new PaymentRefused(`stripe: ${error.message}`);
        throw error;
      });
    return { providerRef: session.id, checkoutUrl: session.url ?? null, ...outcomeOf(session) };
  }

  async status(providerRef: string): Promise<PaymentOutcome> {
    return outcomeOf(
      await this.stripe.checkout.sessions.retrieve(providerRef, { expand: ['payment_intent'] }),
    );
  }

  readWebhook(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): PaymentEvent {
    const secret = this.settings.webhookSecret;
    if (!secret)
      throw new InvalidWebhookSignature(
        'STRIPE_WEBHOOK_SECRET is not set: Stripe webhooks cannot be verified',
      );
    const signature = headers['stripe-signature'];
    if (typeof signature !== 'string')
      throw new InvalidWebhookSignature('the Stripe-Signature header is missing');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch (error) {
      // Stripe's message goes on about raw bodies and forwarding tools: its first line says it.
      const message = error instanceof Error ? error.message : String(error);
      throw new InvalidWebhookSignature(message.split('\n', 1)[0]!.trim());
    }
    const outcome = webhookOutcome(event);
    if (!outcome) return { kind: 'other', eventId: event.id, type: event.type };
    const session = event.data.object as Session;
    const purchaseId = session.client_reference_id ?? session.metadata?.purchaseId;
    if (!purchaseId) return { kind: 'other', eventId: event.id, type: event.type };
    return {
      kind: 'outcome',
      purchaseId,
      providerRef: session.id,
      outcome: { ...outcome, eventId: event.id },
    };
  }
}

/**
 * What a Checkout event says: `completed` with the money in (cards) or `async_payment_succeeded`
 * (bank debits, konbini) → paid; `async_payment_failed` → declined; `expired` → expired. A
 * session completed while a delayed payment is still on its way says nothing yet.
 */
function webhookOutcome(event: Stripe.Event): Omit<PaymentConfirmedSignal, 'eventId'> | undefined {
  switch (event.type) {
    case 'checkout.session.completed':
      return isPaid(event.data.object) ? { status: 'paid', reason: null } : undefined;
    case 'checkout.session.async_payment_succeeded':
      return { status: 'paid', reason: null };
    case 'checkout.session.async_payment_failed':
      return { status: 'declined', reason: 'async_payment_failed: the delayed payment failed' };
    case 'checkout.session.expired':
      return { status: 'expired', reason: 'expired: the Checkout Session expired unpaid' };
    default:
      return undefined;
  }
}

const isPaid = (session: Session) =>
  session.payment_status === 'paid' || session.payment_status === 'no_payment_required';

/** A session's status as a payment outcome. */
function outcomeOf(session: Session): PaymentOutcome {
  if (isPaid(session)) return { status: 'paid', reason: null };
  if (session.status === 'expired')
    return { status: 'expired', reason: 'expired: the Checkout Session expired unpaid' };
  // Completed but unpaid: a delayed payment on its way — or one that failed, as its intent says
  // (asking for another payment method after an error, or canceled).
  const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
  const failed =
    intent?.status === 'canceled' ||
    (intent?.status === 'requires_payment_method' && intent.last_payment_error != null);
  if (session.status === 'complete' && failed)
    return {
      status: 'declined',
      reason: `payment_failed: ${intent?.last_payment_error?.message ?? 'the payment was canceled'}`,
    };
  return { status: 'pending', reason: null };
}
