import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type BillingCategory,
  type MessagePrice,
  type PricingRuleSet,
  billingCategoryOf,
  recipientRegion,
} from '@parley/contracts';
import { customerServiceWindowMs } from '@parley/workflows';
import { channels, isConnectorId } from '../channels/connectors.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { CreditAccounts } from './credit-accounts.service.js';
import { CreditLedger } from './credit-ledger.service.js';
import { PriceListProvider } from './price-list.provider.js';

/** A message's price, and whose credits pay it. */
export interface Quote {
  organisationId: string;
  conversationId: string;
  price: MessagePrice;
}

/** Where a message's reservation stands in the ledger. */
export type ReservationState = 'none' | 'held' | 'released' | 'settled';

export type Reservation =
  /** Nothing to pay now: reserves nothing. */
  | { outcome: 'free'; price: MessagePrice }
  | { outcome: 'reserved'; price: MessagePrice; balance: number }
  /** Reserved before (a retry), or released or settled: nothing is reserved again. */
  | { outcome: 'exists'; state: Exclude<ReservationState, 'none'> }
  | { outcome: 'insufficient'; price: MessagePrice; balance: number };

/** The billing category of a stored outbound message: its template's, else `service`. */
export function billingCategoryOfStored(stored: {
  type: string;
  content: Record<string, unknown> | null;
}): BillingCategory {
  if (stored.type !== 'template') return 'service';
  const category = stored.content?.category;
  return billingCategoryOf(typeof category === 'string' ? category : null);
}

const startOfMonthUtc = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
/**
 * Monthly volumes from this many are counted again at most once a minute: tiers start at
 * thousands, so a minute-old count misprices nothing but the messages crossing a tier meanwhile,
 * and a large organisation's sends do not each count its month's deductions.
 */
const volumeCachedFrom = 1_000;
const volumeCacheMs = 60_000;

/**
 * What one outbound message costs now, from the database: its category, the recipient's market,
 * the conversation's windows, this month's volume and (per-conversation pricing) whether a
 * charged conversation of its category is open. Channels without a customer-service window
 * (Telegram) are not billed by their platform, so their messages cost nothing.
 */
@Injectable()
export class MessagePricing {
  private readonly volumes = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly database: Database,
    private readonly prices: PriceListProvider,
    private readonly ledger: CreditLedger,
    private readonly accounts: CreditAccounts,
  ) {}

  async quote(
    conversationId: string,
    category: BillingCategory,
    at: Date = new Date(),
    sql: Sql = this.database.sql(),
  ): Promise<Quote> {
    const row = await sql
      .selectFrom('Conversation')
      .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
      .select([
        'Conversation.organisation',
        'Conversation.channel',
        'Conversation.windowExpiresAt',
        'Conversation.entryPointExpiresAt',
        'Contact.platformId',
        'Contact.userId',
      ])
      .where('Conversation.id', '=', conversationId)
      .executeTakeFirstOrThrow();
    const quote = (price: MessagePrice): Quote => ({
      organisationId: row.organisation,
      conversationId,
      price,
    });
    const set = this.prices.ruleSetAt(at);
    if (!billedChannel(row.channel))
      return quote({
        credits: 0,
        category: set.chargedAs[category] ?? category,
        market: 'default',
        model: set.model,
        ruleSetId: set.id,
        free: 'no_rate',
        discountPercent: 0,
      });
    const open = (until: Date | string | null) => until !== null && new Date(until).getTime() > at.getTime();
    const charged = set.chargedAs[category] ?? category;
    return quote(
      this.prices.price({
        category,
        region: recipientRegion({ phone: row.platformId, userId: row.userId }),
        at,
        windowOpen: open(row.windowExpiresAt),
        entryPointOpen: open(row.entryPointExpiresAt),
        monthlyVolume: await this.monthlyVolume(sql, row.organisation, set, charged, at),
        conversationOpen:
          set.model === 'per_conversation' && (await this.conversationOpen(sql, conversationId, charged, at)),
      }),
    );
  }

  /**
   * The rate card's price of a message the platform billed as `category` (no window or open
   * conversation makes it free): what settles a message WhatsApp categorised otherwise.
   */
  async billed(sql: Sql, conversationId: string, category: BillingCategory, at: Date): Promise<MessagePrice> {
    const row = await sql
      .selectFrom('Conversation')
      .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
      .select(['Conversation.organisation', 'Contact.platformId', 'Contact.userId'])
      .where('Conversation.id', '=', conversationId)
      .executeTakeFirstOrThrow();
    const set = this.prices.ruleSetAt(at);
    const charged = set.chargedAs[category] ?? category;
    return this.prices.price({
      category,
      region: recipientRegion({ phone: row.platformId, userId: row.userId }),
      at,
      windowOpen: false,
      entryPointOpen: false,
      monthlyVolume: await this.monthlyVolume(sql, row.organisation, set, charged, at),
      conversationOpen: false,
    });
  }

  /**
   * Prices the message and, when it costs credits, reserves them under its key, all in one
   * transaction; refused (`insufficient`) when the balance cannot cover it. Under per-conversation
   * pricing the paid message also opens its 24-hour billing conversation, with the organisation's
   * account row locked before the check: two sends at once cannot both find none open and both pay.
   */
  async reserve(input: {
    conversationId: string;
    messageKey: string;
    category: BillingCategory;
    at?: Date;
  }): Promise<Reservation> {
    const at = input.at ?? new Date();
    const first = await this.quote(input.conversationId, input.category, at);
    const { organisationId } = first;
    // Free costs no further read: most messages (replies inside the window) end here.
    if (first.price.credits === 0) return { outcome: 'free', price: first.price };
    const state = await this.state(this.database.sql(), organisationId, input.messageKey);
    if (state !== 'none') return { outcome: 'exists', state };
    const result = await this.database.transaction(async (sql): Promise<Reservation> => {
      let { price } = first;
      if (price.model === 'per_conversation') {
        // Looked at again under the lock: a send just before may have opened the conversation.
        await this.lockAccount(sql, organisationId);
        ({ price } = await this.quote(input.conversationId, input.category, at, sql));
        if (price.credits === 0) return { outcome: 'free', price };
      }
      const charge = {
        organisationId,
        messageKey: input.messageKey,
        conversationId: input.conversationId,
        credits: price.credits,
        category: price.category,
        market: price.market,
      };
      const { reserved, balance } = await this.ledger.reserve(charge, sql);
      if (!reserved) return { outcome: 'insufficient', price, balance };
      if (price.model === 'per_conversation')
        await sql
          .insertInto('BillingConversation')
          .values({
            id: randomUUID(),
            organisation: organisationId,
            conversation: input.conversationId,
            category: price.category,
            messageKey: input.messageKey,
            openedAt: at,
            expiresAt: new Date(at.getTime() + customerServiceWindowMs),
          })
          .onConflict((conflict) => conflict.column('messageKey').doNothing())
          .execute();
      return { outcome: 'reserved', price, balance };
    });
    if (result.outcome === 'reserved') await this.ledger.notify(organisationId);
    return result;
  }

  /** Where the message's reservation stands: none yet, held, or given back or charged. */
  async state(sql: Sql, organisationId: string, messageKey: string): Promise<ReservationState> {
    const kinds = new Set(
      (
        await sql
          .selectFrom('CreditEntry')
          .select('key')
          .where('organisation', '=', organisationId)
          .where('key', 'in', [
            `reservation:${messageKey}`,
            `release:${messageKey}`,
            `deduction:${messageKey}`,
          ])
          .execute()
      ).map((row) => row.key.slice(0, row.key.indexOf(':'))),
    );
    if (kinds.has('deduction')) return 'settled';
    if (!kinds.has('reservation')) return 'none';
    return kinds.has('release') ? 'released' : 'held';
  }

  /** Charged messages of the category this calendar month (UTC), when the rules have volume tiers for it. */
  private async monthlyVolume(
    sql: Sql,
    organisationId: string,
    set: PricingRuleSet,
    category: BillingCategory,
    at: Date,
  ): Promise<number> {
    if (!set.volumeTiers.some((tier) => tier.category === category)) return 0;
    const month = startOfMonthUtc(at);
    const key = `${organisationId}:${category}:${month.toISOString()}`;
    const cached = this.volumes.get(key);
    if (cached && cached.until > Date.now()) return cached.count;
    const row = await sql
      .selectFrom('CreditEntry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation', '=', organisationId)
      .where('kind', '=', 'deduction')
      .where('createdAt', '>=', month)
      .where('category', '=', category)
      .executeTakeFirst();
    const count = Number(row?.n ?? 0);
    if (count >= volumeCachedFrom) {
      if (this.volumes.size > 10_000) this.volumes.clear();
      this.volumes.set(key, { count, until: Date.now() + volumeCacheMs });
    }
    return count;
  }

  private async conversationOpen(sql: Sql, conversationId: string, category: string, at: Date) {
    const open = await sql
      .selectFrom('BillingConversation')
      .select('id')
      .where('conversation', '=', conversationId)
      .where('category', '=', category)
      .where('expiresAt', '>', at)
      .executeTakeFirst();
    return open !== undefined;
  }

  /**
   * Holds the organisation's credit account row until the transaction ends (PostgreSQL: a row
   * lock; SQLite: the database's one write lock, taken at once), so its reservations run one after
   * another. Every reservation updates that row anyway, and it is the only row locked first, so
   * this adds no wait and no lock-order deadlock.
   */
  private async lockAccount(sql: Sql, organisation: string): Promise<void> {
    await this.accounts.ensure(sql, organisation);
    await sql
      .updateTable('CreditAccount')
      .set((eb) => ({ balance: eb.ref('balance') }))
      .where('organisation', '=', organisation)
      .execute();
  }
}

/** Billed by its platform: a channel with a customer-service window (WhatsApp), not Telegram. */
function billedChannel(channel: string): boolean {
  return (
    isConnectorId(channel) &&
    channels[channel].connector.manifest.capabilities.customerServiceWindowHours !== null
  );
}
