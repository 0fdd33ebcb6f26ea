import { randomUUID } from 'node:crypto';
import type { InboxEvent } from '@parley/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createAccount, createConversation, createOrganisation } from '../testing/fixtures.js';
import type { CreditLedger } from './credit-ledger.service.js';
import { balanceAndLedgerSum, creditServices } from './credits.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

describe('the credits ledger', () => {
  let database: Database;
  let ledger: CreditLedger;
  let services: ReturnType<typeof creditServices>;
  let organisationId: string;
  let conversationId: string;

  const charge = (messageKey: string, credits = 15) => ({
    organisationId,
    messageKey,
    conversationId,
    credits,
    category: 'marketing' as const,
    market: 'JP',
  });
  const entries = () =>
    database
      .sql()
      .selectFrom('CreditEntry')
      .select(['kind', 'amount', 'balanceAfter', 'key'])
      .where('organisation', '=', organisationId)
      .orderBy('createdAt')
      .orderBy('kind')
      .execute();

  beforeEach(async () => {
    database = await openTestDatabase();
    services = creditServices(database);
    ledger = services.ledger;
    organisationId = await createOrganisation(database);
    ({ conversationId } = await createConversation(database, await createAccount(database, organisationId)));
    await ledger.grantPurchase({
      organisationId,
      purchaseId: await purchase(database, organisationId),
      credits: 100,
      actorUserId: null,
    });
  });
  afterEach(() => database.close());

  it('reserves, then settles a delivered message once, however often it is reported', async () => {
    expect(await ledger.reserve(charge('m1'))).toEqual({ reserved: true, balance: 85 });
    expect(await ledger.reserve(charge('m1'))).toEqual({ reserved: true, balance: 85 });
    const settle = {
      organisationId,
      messageKey: 'm1',
      conversationId,
      charge: { credits: 15, category: 'marketing' as const, market: 'JP' },
    };
    expect(await ledger.settle(settle)).toBe(true);
    expect(await ledger.settle(settle)).toBe(false);
    expect(await ledger.release({ organisationId, messageKey: 'm1' })).toBe(false);
    expect(await balanceAndLedgerSum(database, organisationId)).toEqual({
      balance: 85,
      reserved: 0,
      ledgerSum: 85,
    });
    expect((await entries()).filter((entry) => entry.kind === 'deduction')).toEqual([
      { kind: 'deduction', amount: -15, balanceAfter: 85, key: 'deduction:m1' },
    ]);
  });

  it('releases a failed send once, and a late delivery report cannot charge it', async () => {
    await ledger.reserve(charge('m2', 40));
    expect(await ledger.release({ organisationId, messageKey: 'm2' })).toBe(true);
    expect(await ledger.release({ organisationId, messageKey: 'm2' })).toBe(false);
    expect(
      await ledger.settle({
        organisationId,
        messageKey: 'm2',
        conversationId,
        charge: { credits: 40, category: 'marketing', market: 'JP' },
      }),
    ).toBe(false);
    expect(await balanceAndLedgerSum(database, organisationId)).toEqual({
      balance: 100,
      reserved: 0,
      ledgerSum: 100,
    });
  });

  it('settles at the platform’s price: free when it says so, another category when it names one', async () => {
    await ledger.reserve(charge('free', 15));
    await ledger.settle({ organisationId, messageKey: 'free', conversationId, charge: null });
    await ledger.reserve(charge('recategorised', 3));
    await ledger.settle({
      organisationId,
      messageKey: 'recategorised',
      conversationId,
      charge: { credits: 15, category: 'marketing', market: 'JP' },
    });
    expect(await balanceAndLedgerSum(database, organisationId)).toEqual({
      balance: 85,
      reserved: 0,
      ledgerSum: 85,
    });
  });

  it('refuses a reservation the balance cannot cover, and leaves nothing behind', async () => {
    expect(await ledger.reserve(charge('big', 101))).toEqual({ reserved: false, balance: 100 });
    expect(await entries()).toHaveLength(1);
    expect(await ledger.reserve(charge('exact', 100))).toEqual({ reserved: true, balance: 0 });
    expect(await ledger.reserve(charge('one-more', 1))).toEqual({ reserved: false, balance: 0 });
  });

  it('never spends more than there is under concurrent reservations', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ledger.reserve(charge(`c${i}`, 7))),
    );
    expect(results.filter((result) => result.reserved)).toHaveLength(14);
    expect(await balanceAndLedgerSum(database, organisationId)).toEqual({
      balance: 2,
      reserved: 98,
      ledgerSum: 2,
    });
  });

  it('grants a purchase once however often it is confirmed', async () => {
    const id = await purchase(database, organisationId);
    const grants = await Promise.all(
      [1, 2, 3].map(() =>
        ledger.grantPurchase({ organisationId, purchaseId: id, credits: 500, actorUserId: null }),
      ),
    );
    expect(grants.filter((grant) => grant.granted)).toHaveLength(1);
    expect((await balanceAndLedgerSum(database, organisationId)).balance).toBe(600);
  });

  it('tells live clients the new balance, and the low balance once per fall below the threshold', async () => {
    const seen: InboxEvent[] = [];
    const stop = services.events.subscribe(organisationId, (event) => seen.push(event));
    await database
      .sql()
      .updateTable('CreditAccount')
      .set({ lowBalanceThreshold: 50 })
      .where('organisation', '=', organisationId)
      .execute();
    await ledger.reserve(charge('a', 30));
    await ledger.reserve(charge('b', 30));
    await ledger.reserve(charge('c', 10));
    const low = () => seen.filter((event) => event.type === 'credits.low_balance');
    expect(low()).toEqual([{ type: 'credits.low_balance', balance: 40, threshold: 50 }]);
    expect(seen.at(-1)).toMatchObject({
      type: 'credits.updated',
      account: { balance: 30, reserved: 70, low: true },
    });
    await ledger.release({ organisationId, messageKey: 'a' });
    await ledger.reserve(charge('d', 30));
    expect(low()).toHaveLength(2);
    stop();
  });
});

async function purchase(database: Database, organisationId: string): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await database
    .sql()
    .insertInto('CreditPurchase')
    .values({
      id,
      organisation: organisationId,
      clientId: randomUUID(),
      credits: 100,
      currency: 'JPY',
      quote: {},
      totalMinor: 110,
      provider: 'sandbox',
      providerRef: null,
      status: 'paid',
      failureReason: null,
      checkoutUrl: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
      paidAt: now,
      grantedAt: null,
    })
    .execute();
  return id;
}
