import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CreatePurchase, Purchase, PurchaseQuote } from '@parley/contracts';
import type { Logger } from 'pino';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database, type Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { LOGGER } from '../../infrastructure/logging/logging.module.js';
import { temporalUnavailable } from '../../infrastructure/temporal/update-failure.js';
import { PriceListProvider } from '../price-list.provider.js';
import { PAYMENT_PROVIDER } from '../payments/payment-provider.factory.js';
import { type Payment, type PaymentProvider, PaymentRefused } from '../payments/payment-provider.js';
import { PurchasePublisher } from './purchase-publisher.js';
import { organisationCurrency, quoteOrRefuse } from './purchase-quote.js';
import { PurchaseWorkflows } from './purchase-workflows.service.js';
import { type PurchaseRow, findPurchase, purchaseRows, toPurchaseDto } from './purchase.dto.js';

/** How long the request waits for a payment decided at once (the sandbox's cards) to be granted. */
export const settleWaitMs = 3_000;

/**
 * `POST /api/credits/purchases`: quotes, stores the purchase (once per client id), starts its
 * workflow, then charges — in that order, so a payment never happens without a workflow to grant
 * it, and a request repeated after a failure picks up where it stopped. Answers the purchase as it
 * stands: a sandbox card is usually granted already; Stripe's is pending with its checkout URL.
 */
@Injectable()
export class CreatePurchaseUseCase {
  constructor(
    private readonly database: Database,
    private readonly prices: PriceListProvider,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly workflows: PurchaseWorkflows,
    private readonly publisher: PurchasePublisher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(caller: Caller, body: CreatePurchase): Promise<Purchase> {
    if (body.payment.provider !== this.provider.id) {
      const message = `this Parley takes payments through ${this.provider.id}, not ${body.payment.provider}`;
      throw new ApiError(400, 'PAYMENT_PROVIDER_MISMATCH', `payment.provider: ${message}`, [
        { path: 'payment.provider', message },
      ]);
    }
    const purchase = await this.store(caller, body);
    const organisationId = caller.organisationId;
    await this.workflows.start({ purchaseId: purchase.id, organisationId }).catch((error: unknown) => {
      this.logger.warn({ err: error, purchaseId: purchase.id }, 'could not start the purchase workflow');
      throw temporalUnavailable();
    });
    const decided =
      purchase.status === 'pending' && !purchase.providerRef ? await this.charge(purchase, body) : false;
    return toPurchaseDto(await this.current(organisationId, purchase.id, decided ? settleWaitMs : 0));
  }

  /** The purchase of this client id: the one stored before, or a new one at today's price. */
  private async store(caller: Caller, body: CreatePurchase): Promise<PurchaseRow> {
    const sql = this.database.sql();
    const existing = await byClientId(sql, caller.organisationId, body.clientId);
    if (existing) return existing;
    const currency = await organisationCurrency(sql, caller.organisationId);
    const quote = quoteOrRefuse(this.prices.list, body.credits, currency);
    await this.database.transaction(async (tx) => {
      const id = randomUUID();
      const now = new Date();
      const inserted = await tx
        .insertInto('CreditPurchase')
        .values({
          id,
          organisation: caller.organisationId,
          clientId: body.clientId,
          credits: body.credits,
          currency,
          quote: { ...quote },
          totalMinor: quote.total,
          provider: this.provider.id,
          providerRef: null,
          status: 'pending',
          failureReason: null,
          checkoutUrl: null,
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
          paidAt: null,
          grantedAt: null,
        })
        .onConflict((conflict) => conflict.columns(['organisation', 'clientId']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0)
        await recordAudit(tx, purchaseCreated(caller, id, quote, this.provider.id), now);
    });
    return (await byClientId(sql, caller.organisationId, body.clientId))!;
  }

  /**
   * Charges through the provider and keeps its reference; a decided outcome goes straight to the
   * workflow (as a webhook's would). True when the payment was decided at once.
   */
  private async charge(purchase: PurchaseRow, body: CreatePurchase): Promise<boolean> {
    const { id, organisation: organisationId } = purchase;
    let payment: Payment;
    try {
      payment = await this.provider.charge({
        purchaseId: id,
        organisationId,
        credits: purchase.credits,
        quote: toPurchaseDto(purchase).quote,
        method: body.payment,
      });
    } catch (error) {
      if (!(error instanceof PaymentRefused)) {
        this.logger.warn({ err: error, purchaseId: id }, 'the payment provider did not take the payment');
        throw new ApiError(
          502,
          'PAYMENT_PROVIDER_UNAVAILABLE',
          `${this.provider.id} did not answer; send the same request (its clientId) again`,
        );
      }
      await this.confirm(id, { status: 'declined', reason: error.message, eventId: `refused:${id}` });
      return true;
    }
    await this.database
      .sql()
      .updateTable('CreditPurchase')
      .set({ providerRef: payment.providerRef, checkoutUrl: payment.checkoutUrl, updatedAt: new Date() })
      .where('id', '=', id)
      .where('providerRef', 'is', null)
      .execute();
    await this.publisher.publish(organisationId, id);
    if (payment.status === 'pending') return false;
    await this.confirm(id, { status: payment.status, reason: payment.reason, eventId: `charge:${id}` });
    return true;
  }

  /** Tells the workflow now rather than at its next poll; if Temporal is away, the poll will tell it. */
  private async confirm(purchaseId: string, signal: Parameters<PurchaseWorkflows['confirm']>[1]) {
    await this.workflows.confirm(purchaseId, signal).catch((error: unknown) => {
      this.logger.warn({ err: error, purchaseId }, 'could not signal the purchase workflow; it will poll');
    });
  }

  /** The purchase, once its workflow has settled it or after `waitMs`, whichever is first. */
  private async current(organisationId: string, id: string, waitMs: number): Promise<PurchaseRow> {
    const until = Date.now() + waitMs;
    for (;;) {
      const row = (await findPurchase(this.database.sql(), organisationId, id))!;
      if (!['pending', 'paid'].includes(row.status) || Date.now() >= until) return row;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function byClientId(sql: Sql, organisationId: string, clientId: string) {
  return purchaseRows(sql, organisationId).where('CreditPurchase.clientId', '=', clientId).executeTakeFirst();
}

function purchaseCreated(caller: Caller, id: string, quote: PurchaseQuote, provider: string) {
  return {
    actor: caller,
    action: 'credits.purchase_created' as const,
    target: { type: 'credit_purchase', id, label: `${quote.credits.toLocaleString('en')} credits` },
    after: { credits: quote.credits, currency: quote.currency, total: quote.total, provider },
  };
}
