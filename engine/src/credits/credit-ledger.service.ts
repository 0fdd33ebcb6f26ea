import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { BillingCategory, LedgerEntryKind } from '@parley/contracts';
import { CreditAccounts } from './credit-accounts.service.js';
import { Database, type Sql } from '../infrastructure/database/database.js';

/** One outbound message's charge. */
export interface MessageCharge {
  organisationId: string;
  /** The outbound message's idempotency key: every entry about the message is keyed by it. */
  messageKey: string;
  conversationId: string;
  credits: number;
  category: BillingCategory;
  market: string;
}

interface Entry {
  organisationId: string;
  key: string;
  kind: LedgerEntryKind;
  amount: number;
  /** What the entry adds to the credits held by reservations. */
  reservedDelta?: number;
  /** Refuse the entry when the balance cannot cover it. */
  covered?: boolean;
  messageKey?: string;
  conversationId?: string | null;
  category?: string | null;
  market?: string | null;
  purchaseId?: string;
  note?: string | null;
  actorUserId?: string | null;
}

type Appended = 'appended' | 'duplicate' | 'insufficient';

/**
 * The append-only credits ledger. Every entry has a key naming the billable event it records,
 * unique per organisation, so a retry, a redelivered status report or a replayed activity never
 * records it twice. The account's balance moves in the same transaction as each entry, by one
 * conditional update, so concurrent reservations can never spend credits that are not there.
 *
 * Methods given `sql` run inside that transaction (call `notify` after it commits); without it
 * they run in their own and notify themselves.
 */
@Injectable()
export class CreditLedger {
  /** The last entry's time from this process: entries of one transaction keep their order. */
  private lastAt = 0;

  constructor(
    private readonly database: Database,
    private readonly accounts: CreditAccounts,
  ) {}

  /** Sets aside a paid message's credits before it is sent; false when the balance is short. */
  async reserve(charge: MessageCharge, sql?: Sql): Promise<{ reserved: boolean; balance: number }> {
    return this.within(charge.organisationId, sql, async (tx) => {
      const outcome = await this.append(tx, {
        ...messageEntry(charge),
        key: `reservation:${charge.messageKey}`,
        kind: 'reservation',
        amount: -charge.credits,
        reservedDelta: charge.credits,
        covered: true,
      });
      const balance = await this.accounts.balance(tx, charge.organisationId);
      return { reserved: outcome !== 'insufficient', balance };
    });
  }

  /**
   * Gives a message's reserved credits back: it failed, was blocked or was never sent. Nothing
   * once settled, and nothing twice. Per-conversation pricing's conversation it opened goes too.
   */
  async release(
    input: { organisationId: string; messageKey: string; note?: string },
    sql?: Sql,
  ): Promise<boolean> {
    return this.within(input.organisationId, sql, async (tx) => {
      const reservation = await this.entry(tx, input.organisationId, `reservation:${input.messageKey}`);
      if (!reservation) return false;
      if (await this.entry(tx, input.organisationId, `deduction:${input.messageKey}`)) return false;
      const outcome = await this.append(tx, {
        ...fromReservation(reservation),
        key: `release:${input.messageKey}`,
        kind: 'release',
        amount: -reservation.amount,
        reservedDelta: reservation.amount,
        note: input.note ?? null,
      });
      if (outcome === 'appended')
        await tx.deleteFrom('BillingConversation').where('messageKey', '=', input.messageKey).execute();
      return outcome === 'appended';
    });
  }

  /**
   * Charges a delivered message: its reservation returns and the charge is deducted (the platform's
   * pricing may name another category or no charge at all). Once per message; never after a release.
   */
  async settle(
    input: {
      organisationId: string;
      messageKey: string;
      conversationId: string;
      charge: { credits: number; category: BillingCategory; market: string } | null;
    },
    sql?: Sql,
  ): Promise<boolean> {
    return this.within(input.organisationId, sql, async (tx) => {
      if (await this.entry(tx, input.organisationId, `deduction:${input.messageKey}`)) return false;
      const reservation = await this.entry(tx, input.organisationId, `reservation:${input.messageKey}`);
      if (reservation) {
        const released = await this.append(tx, {
          ...fromReservation(reservation),
          key: `release:${input.messageKey}`,
          kind: 'release',
          amount: -reservation.amount,
          reservedDelta: reservation.amount,
          note: 'settled',
        });
        // Released before: the send failed, and a late report cannot charge it.
        if (released === 'duplicate') return false;
      }
      if (!input.charge || input.charge.credits === 0) return reservation !== undefined;
      await this.append(tx, {
        organisationId: input.organisationId,
        key: `deduction:${input.messageKey}`,
        kind: 'deduction',
        amount: -input.charge.credits,
        messageKey: input.messageKey,
        conversationId: input.conversationId,
        category: input.charge.category,
        market: input.charge.market,
      });
      return true;
    });
  }

  /** Adds a paid purchase's credits, once per purchase. */
  async grantPurchase(
    input: { organisationId: string; purchaseId: string; credits: number; actorUserId: string | null },
    sql?: Sql,
  ): Promise<{ granted: boolean }> {
    return this.within(input.organisationId, sql, async (tx) => {
      const outcome = await this.append(tx, {
        organisationId: input.organisationId,
        key: `purchase:${input.purchaseId}`,
        kind: 'purchase',
        amount: input.credits,
        purchaseId: input.purchaseId,
        actorUserId: input.actorUserId,
      });
      return { granted: outcome === 'appended' };
    });
  }

  /** An operator's correction (either sign), once per key. */
  async adjust(
    input: { organisationId: string; key: string; amount: number; note: string; actorUserId: string | null },
    sql?: Sql,
  ): Promise<{ adjusted: boolean }> {
    return this.within(input.organisationId, sql, async (tx) => {
      const outcome = await this.append(tx, {
        organisationId: input.organisationId,
        key: `adjustment:${input.key}`,
        kind: 'adjustment',
        amount: input.amount,
        note: input.note,
        actorUserId: input.actorUserId,
      });
      return { adjusted: outcome === 'appended' };
    });
  }

  /** Publishes the account's balance and the low-balance alert; after a transaction that moved it commits. */
  notify(organisationId: string): Promise<void> {
    return this.accounts.notify(organisationId);
  }

  private async within<T>(
    organisationId: string,
    sql: Sql | undefined,
    work: (tx: Sql) => Promise<T>,
  ): Promise<T> {
    if (sql) return work(sql);
    const result = await this.database.transaction((tx) => work(tx));
    await this.notify(organisationId);
    return result;
  }

  /** Now, but always after the previous entry this process wrote (a release before its deduction). */
  private now(): Date {
    this.lastAt = Math.max(Date.now(), this.lastAt + 1);
    return new Date(this.lastAt);
  }

  private entry(sql: Sql, organisationId: string, key: string) {
    return sql
      .selectFrom('CreditEntry')
      .selectAll()
      .where('organisation', '=', organisationId)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /**
   * Moves the balance (refusing an uncovered debit), then records the entry with the balance it
   * left; a key already recorded moves the balance back, all inside the caller's transaction.
   */
  private async append(sql: Sql, entry: Entry): Promise<Appended> {
    const reservedDelta = entry.reservedDelta ?? 0;
    const balance = await this.accounts.move(
      sql,
      entry.organisationId,
      entry.amount,
      reservedDelta,
      entry.covered ?? false,
    );
    if (balance === undefined) return 'insufficient';
    const inserted = await sql
      .insertInto('CreditEntry')
      .values({
        id: randomUUID(),
        organisation: entry.organisationId,
        key: entry.key,
        kind: entry.kind,
        amount: entry.amount,
        balanceAfter: balance,
        messageKey: entry.messageKey ?? null,
        conversation: entry.conversationId ?? null,
        category: entry.category ?? null,
        market: entry.market ?? null,
        purchase: entry.purchaseId ?? null,
        note: entry.note ?? null,
        actor: entry.actorUserId ?? null,
        createdAt: this.now(),
      })
      .onConflict((conflict) => conflict.columns(['organisation', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'appended';
    await this.accounts.move(sql, entry.organisationId, -entry.amount, -reservedDelta, false);
    return 'duplicate';
  }
}

function messageEntry(charge: MessageCharge) {
  return {
    organisationId: charge.organisationId,
    messageKey: charge.messageKey,
    conversationId: charge.conversationId,
    category: charge.category,
    market: charge.market,
  };
}

function fromReservation(reservation: {
  organisation: string;
  messageKey: string | null;
  conversation: string | null;
  category: string | null;
  market: string | null;
}) {
  return {
    organisationId: reservation.organisation,
    messageKey: reservation.messageKey ?? undefined,
    conversationId: reservation.conversation,
    category: reservation.category,
    market: reservation.market,
  };
}
