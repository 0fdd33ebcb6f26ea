import { Injectable } from '@nestjs/common';
import { type BillingCategory, type PricingModel, billingCategorySchema } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { CreditLedger } from './credit-ledger.service.js';
import { MessagePricing } from './message-pricing.service.js';
import { PriceListProvider } from './price-list.provider.js';

/** A status report's `pricing`, as the connector normalizes it. */
export interface ReportedPricing {
  billable: boolean;
  pricingModel: string;
  category: string;
  type?: string;
}

/** What a delivered message is charged. */
export type SettlementDecision =
  | { charge: 'nothing' }
  /** What was reserved for it. */
  | { charge: 'reservation' }
  /** The rate card's price of the category the platform billed it as. */
  | { charge: 'rate_card'; category: BillingCategory };

const freeTypes = new Set(['free_customer_service', 'free_entry_point']);

/**
 * The charge of a delivered message, from the platform's `pricing` (which decides the category:
 * WhatsApp may bill a utility template as marketing) and what Parley reserved. Per message: a
 * billable message Parley reserved nothing for is charged at the rate card. Per conversation, the
 * report only tells whether it was free: Parley's billing conversations decide the rest. Without a
 * report (Telegram, or a platform that sends none) the reservation stands.
 */
export function settlementFor(input: {
  model: PricingModel;
  pricing: ReportedPricing | null;
  reserved: { category: string } | null;
  chargedAs: (category: BillingCategory) => BillingCategory;
}): SettlementDecision {
  const { pricing, reserved } = input;
  const reservation: SettlementDecision = reserved ? { charge: 'reservation' } : { charge: 'nothing' };
  if (pricing && (!pricing.billable || freeTypes.has(pricing.type ?? ''))) return { charge: 'nothing' };
  if (!pricing || input.model === 'per_conversation') return reservation;
  const category = billingCategorySchema.safeParse(pricing.category);
  if (!category.success) return reservation;
  if (reserved && input.chargedAs(category.data) === reserved.category) return reservation;
  return { charge: 'rate_card', category: category.data };
}

/**
 * Settles or releases an outbound message's credits from its status reports, inside the caller's
 * transaction (the intake's, or the sender's when reports came before the platform id was
 * recorded): delivered or read settles, failed releases. Each happens once per message whatever
 * is redelivered, as the ledger's keys guarantee. Answers the organisation whose balance moved
 * (call `CreditLedger.notify` for it after the commit), or null.
 *
 * A billable message that was never reserved (the platform billed what Parley priced free, or
 * something sent outside Parley's reservation) is still deducted: WhatsApp charged it, so the
 * balance may go below zero.
 */
@Injectable()
export class MessageSettlement {
  constructor(
    private readonly ledger: CreditLedger,
    private readonly pricing: MessagePricing,
    private readonly prices: PriceListProvider,
  ) {}

  async settle(
    sql: Sql,
    channelAccountId: string,
    platformMessageId: string,
    /** The report being stored, when it carries pricing (saves looking for one). */
    reported?: ReportedPricing,
  ): Promise<string | null> {
    const message = await sql
      .selectFrom('Message')
      .select(['organisation', 'conversation', 'idempotencyKey', 'status', 'createdAt'])
      .where('channelAccount', '=', channelAccountId)
      .where('platformMessageId', '=', platformMessageId)
      .where('direction', '=', 'outbound')
      .executeTakeFirst();
    const messageKey = message?.idempotencyKey;
    if (!message || !messageKey) return null;
    const organisationId = message.organisation;
    if (message.status === 'failed') {
      const released = await this.ledger.release(
        { organisationId, messageKey, note: 'the platform reported the message failed' },
        sql,
      );
      return released ? organisationId : null;
    }
    if (message.status !== 'delivered' && message.status !== 'read') return null;

    const entries = await sql
      .selectFrom('CreditEntry')
      .select(['kind', 'amount', 'category', 'market'])
      .where('organisation', '=', organisationId)
      .where('key', 'in', [`reservation:${messageKey}`, `release:${messageKey}`, `deduction:${messageKey}`])
      .execute();
    // Settled (or released) before: a later report changes nothing.
    if (entries.some((entry) => entry.kind !== 'reservation')) return null;
    const reservation = entries[0];
    const at = new Date(message.createdAt);
    const set = this.prices.ruleSetAt(at);
    const decision = settlementFor({
      model: set.model,
      pricing: reported ?? (await this.reportedPricing(sql, channelAccountId, platformMessageId)),
      reserved: reservation ? { category: reservation.category ?? '' } : null,
      chargedAs: (category) => set.chargedAs[category] ?? category,
    });
    if (decision.charge === 'nothing' && !reservation) return null;

    let charge: { credits: number; category: BillingCategory; market: string } | null = null;
    if (decision.charge === 'reservation' && reservation)
      charge = {
        credits: -reservation.amount,
        category: billingCategorySchema.catch('service').parse(reservation.category),
        market: reservation.market ?? 'default',
      };
    else if (decision.charge === 'rate_card') {
      const price = await this.pricing.billed(sql, message.conversation, decision.category, at);
      charge = { credits: price.credits, category: price.category, market: price.market };
    }
    const moved = await this.ledger.settle(
      { organisationId, messageKey, conversationId: message.conversation, charge },
      sql,
    );
    return moved ? organisationId : null;
  }

  /** The pricing of the message's reports: on `sent` or on `delivered` (from Graph API v24, only one). */
  private async reportedPricing(
    sql: Sql,
    channelAccountId: string,
    platformMessageId: string,
  ): Promise<ReportedPricing | null> {
    const rows = await sql
      .selectFrom('StatusEvent')
      .select(['status', 'pricing'])
      .where('channelAccount', '=', channelAccountId)
      .where('platformMessageId', '=', platformMessageId)
      .where('pricing', 'is not', null)
      .execute();
    const order = ['delivered', 'read', 'sent'];
    rows.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
    return rows[0]?.pricing ?? null;
  }
}
