import { Inject, Injectable } from '@nestjs/common';
import { uuidSchema } from '@parley/contracts';
import type { Logger } from 'pino';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { LOGGER } from '../../infrastructure/logging/logging.module.js';
import { temporalUnavailable } from '../../infrastructure/temporal/update-failure.js';
import { PAYMENT_PROVIDER } from '../payments/payment-provider.factory.js';
import { InvalidWebhookSignature, type PaymentProvider } from '../payments/payment-provider.js';
import { PurchaseWorkflows } from './purchase-workflows.service.js';

export interface StripeWebhookResult {
  /** Whether the event told a purchase's workflow something. */
  delivered: boolean;
}

/**
 * `POST /webhooks/stripe`: a signed Checkout event, verified over the raw body, finds its purchase
 * (the session's `client_reference_id`) and becomes the `paymentConfirmed` signal of the
 * purchase's workflow. Redeliveries and events after the grant change nothing there; events of
 * other kinds, or of purchases Parley does not know, are acknowledged and ignored.
 */
@Injectable()
export class ReceiveStripeWebhookUseCase {
  constructor(
    private readonly database: Database,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly workflows: PurchaseWorkflows,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(
    rawBody: Buffer,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<StripeWebhookResult> {
    let event;
    try {
      event = this.provider.readWebhook(rawBody, headers);
    } catch (error) {
      if (error instanceof InvalidWebhookSignature)
        throw new ApiError(400, 'INVALID_SIGNATURE', `not a genuine Stripe delivery: ${error.message}`);
      throw error;
    }
    if (event.kind === 'other') return { delivered: false };
    const purchase = uuidSchema.safeParse(event.purchaseId).success
      ? await this.database
          .sql()
          .selectFrom('CreditPurchase')
          .select(['id', 'provider', 'providerRef'])
          .where('id', '=', event.purchaseId)
          .executeTakeFirst()
      : undefined;
    if (
      !purchase ||
      purchase.provider !== 'stripe' ||
      (purchase.providerRef !== null && purchase.providerRef !== event.providerRef)
    ) {
      this.logger.warn(
        { eventId: event.outcome.eventId, purchaseId: event.purchaseId, session: event.providerRef },
        'a Stripe event names no purchase of this Parley; ignored',
      );
      return { delivered: false };
    }
    // Temporal away: answer 503, and Stripe delivers the event again later.
    const delivered = await this.workflows.confirm(purchase.id, event.outcome).catch((error: unknown) => {
      this.logger.warn({ err: error, purchaseId: purchase.id }, 'could not signal the purchase workflow');
      throw temporalUnavailable();
    });
    return { delivered };
  }
}
