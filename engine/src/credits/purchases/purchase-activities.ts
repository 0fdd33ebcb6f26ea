import { Inject, Injectable } from '@nestjs/common';
import {
  type CreditPurchaseActivities,
  type CreditPurchaseInput,
  type PaymentOutcome,
  purchaseGoneFailureType,
} from '@parley/workflows';
import { ApplicationFailure } from '@temporalio/common';
import type { Logger } from 'pino';
import { recordAudit } from '../../audit/record-audit.js';
import { Database, type Sql } from '../../infrastructure/database/database.js';
import { LOGGER } from '../../infrastructure/logging/logging.module.js';
import { CreditLedger } from '../credit-ledger.service.js';
import { PAYMENT_PROVIDER } from '../payments/payment-provider.factory.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { PurchasePublisher } from './purchase-publisher.js';

/**
 * The credit-purchase workflow's side effects, one each and idempotent: asking the provider
 * (none), recording the outcome (only on a purchase still pending) and granting (the ledger's key
 * `purchase:<id>` and a conditional status update, in one transaction). A retried grant — the
 * worker died after the commit, before Temporal heard of it — finds both done and adds nothing.
 */
@Injectable()
export class PurchaseActivitiesService {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly ledger: CreditLedger,
    private readonly publisher: PurchasePublisher,
  ) {}

  readonly activities: CreditPurchaseActivities = {
    checkPurchasePayment: (input) => this.check(input),
    recordPurchasePayment: (input) => this.record(input, input.outcome),
    grantPurchase: (input) => this.grant(input),
  };

  private async row(sql: Sql, { purchaseId, organisationId }: CreditPurchaseInput) {
    const row = await sql
      .selectFrom('CreditPurchase')
      .selectAll()
      .where('id', '=', purchaseId)
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    if (!row)
      throw ApplicationFailure.nonRetryable(
        `purchase ${purchaseId} of organisation ${organisationId} does not exist`,
        purchaseGoneFailureType,
      );
    return row;
  }

  private async check(input: CreditPurchaseInput): Promise<PaymentOutcome> {
    const row = await this.row(this.database.sql(), input);
    // Decided before (a replay after a restart): the stored word stands.
    if (row.status === 'paid' || row.status === 'granted') return { status: 'paid', reason: null };
    if (row.status !== 'pending') return { status: row.status, reason: row.failureReason ?? null };
    // Not charged yet (the request is still on its way, or failed before the provider answered).
    if (!row.providerRef) return { status: 'pending', reason: null };
    if (row.provider !== this.provider.id) {
      this.logger.warn(
        { purchaseId: row.id, provider: row.provider, configured: this.provider.id },
        'a purchase of another payment provider cannot be checked; it waits for its deadline',
      );
      return { status: 'pending', reason: null };
    }
    return this.provider.status(row.providerRef);
  }

  private async record(input: CreditPurchaseInput, outcome: PaymentOutcome): Promise<void> {
    if (outcome.status === 'pending') return;
    const now = new Date();
    const updated = await this.database
      .sql()
      .updateTable('CreditPurchase')
      .set({
        status: outcome.status,
        failureReason: outcome.status === 'paid' ? null : outcome.reason,
        ...(outcome.status === 'paid' ? { paidAt: now } : {}),
        updatedAt: now,
      })
      .where('id', '=', input.purchaseId)
      .where('organisation', '=', input.organisationId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0)
      await this.publisher.publish(input.organisationId, input.purchaseId);
  }

  private async grant(input: CreditPurchaseInput): Promise<{ granted: boolean }> {
    const { purchaseId, organisationId } = input;
    const result = await this.database.transaction(async (sql) => {
      const row = await this.row(sql, input);
      if (row.status === 'granted') return { granted: false };
      if (row.status !== 'paid' && row.status !== 'pending')
        throw ApplicationFailure.nonRetryable(
          `purchase ${purchaseId} is ${row.status}: not granted`,
          purchaseGoneFailureType,
        );
      const now = new Date();
      await sql
        .updateTable('CreditPurchase')
        .set({ status: 'granted', paidAt: row.paidAt ?? now, grantedAt: now, updatedAt: now })
        .where('id', '=', purchaseId)
        .where('status', 'in', ['pending', 'paid'])
        .execute();
      const { granted } = await this.ledger.grantPurchase(
        { organisationId, purchaseId, credits: row.credits, actorUserId: row.createdBy ?? null },
        sql,
      );
      if (granted)
        await recordAudit(
          sql,
          {
            actor: { organisationId, label: 'system' },
            action: 'credits.purchase_granted',
            target: {
              type: 'credit_purchase',
              id: purchaseId,
              label: `${row.credits.toLocaleString('en')} credits`,
            },
            before: { status: row.status },
            after: { status: 'granted', credits: row.credits },
          },
          now,
        );
      return { granted };
    });
    if (result.granted) await this.ledger.notify(organisationId);
    await this.publisher.publish(organisationId, purchaseId);
    return result;
  }
}
