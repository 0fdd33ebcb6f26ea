import { Inject, Injectable } from '@nestjs/common';
import type { CreditAccount } from '@parley/contracts';
import { sql as raw } from 'kysely';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { PriceListProvider } from './price-list.provider.js';

/** The organisation's credit account row: its balance, reservations and settings. */
@Injectable()
export class CreditAccounts {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly events: InboxEvents,
    private readonly prices: PriceListProvider,
  ) {}

  /** Creates the organisation's account (empty) if it has none yet. */
  async ensure(sql: Sql, organisationId: string): Promise<void> {
    await sql
      .insertInto('CreditAccount')
      .values({
        organisation: organisationId,
        balance: 0,
        reserved: 0,
        currency: 'JPY',
        updatedAt: new Date(),
      })
      .onConflict((conflict) => conflict.column('organisation').doNothing())
      .execute();
  }

  /**
   * Adds `amount` to the balance and `reservedDelta` to the reserved credits in one conditional
   * update; with `covered`, only when the balance stays at zero or above. Answers the new balance,
   * or undefined when refused. Under PostgreSQL the update locks the row until the transaction
   * ends; SQLite has one writer at a time.
   */
  async move(
    sql: Sql,
    organisationId: string,
    amount: number,
    reservedDelta: number,
    covered: boolean,
  ): Promise<number | undefined> {
    const apply = async () => {
      let update = sql
        .updateTable('CreditAccount')
        .set({
          balance: raw<number>`balance + ${amount}`,
          reserved: raw<number>`reserved + ${reservedDelta}`,
          updatedAt: new Date(),
        })
        .where('organisation', '=', organisationId);
      if (covered) update = update.where(raw<boolean>`balance + ${amount} >= 0`);
      return (await update.returning('balance').executeTakeFirst())?.balance;
    };
    const balance = await apply();
    if (balance !== undefined) return balance;
    // No row moved: refused, or the organisation's first movement (its account made now).
    const exists = await sql
      .selectFrom('CreditAccount')
      .select('organisation')
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    if (exists) return undefined;
    await this.ensure(sql, organisationId);
    return apply();
  }

  async balance(sql: Sql, organisationId: string): Promise<number> {
    const row = await sql
      .selectFrom('CreditAccount')
      .select('balance')
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    return row?.balance ?? 0;
  }

  /** The account as the API shows it; an organisation that never had credits has an empty one. */
  async get(organisationId: string, sql: Sql = this.database.sql()): Promise<CreditAccount> {
    const row = await sql
      .selectFrom('CreditAccount')
      .selectAll()
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    const balance = row?.balance ?? 0;
    const threshold = row?.lowBalanceThreshold ?? null;
    const rules = this.prices.ruleSetAt(new Date());
    return {
      balance,
      reserved: row?.reserved ?? 0,
      currency: row?.currency ?? 'JPY',
      lowBalanceThreshold: threshold,
      low: threshold !== null && balance < threshold,
      pricing: { ruleSetId: rules.id, model: rules.model, description: rules.description },
      payments: {
        provider: this.config.PAYMENT_PROVIDER,
        currencies: Object.keys(this.prices.list.purchase.currencies),
        minimumCredits: this.prices.list.purchase.minimumCredits,
        maximumCredits: this.prices.list.purchase.maximumCredits,
      },
    };
  }

  /**
   * After a change to the balance commits: the new account to live clients, and — once each time
   * the balance falls below the threshold — the low-balance alert. Rising above it re-arms the alert.
   */
  async notify(organisationId: string): Promise<void> {
    const sql = this.database.sql();
    const row = await sql
      .selectFrom('CreditAccount')
      .select(['balance', 'lowBalanceThreshold', 'lowBalanceAlerted'])
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    if (!row) return;
    const threshold = row.lowBalanceThreshold ?? null;
    const below = threshold !== null && row.balance < threshold;
    // Written only when the flag disagrees with the balance, by a conditional update: of several
    // movements at once, one raises the alert.
    let flipped = false;
    if (Boolean(row.lowBalanceAlerted) !== below) {
      const result = await sql
        .updateTable('CreditAccount')
        .set({ lowBalanceAlerted: below })
        .where('organisation', '=', organisationId)
        .where('lowBalanceAlerted', '=', !below)
        .executeTakeFirst();
      flipped = Number(result.numUpdatedRows) > 0;
    }
    if (!this.events.observedBy(organisationId)) return;
    this.events.credits(organisationId, await this.get(organisationId, sql));
    if (flipped && below && threshold !== null)
      this.events.lowBalance(organisationId, row.balance, threshold);
  }
}
