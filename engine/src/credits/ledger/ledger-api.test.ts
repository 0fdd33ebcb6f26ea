import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../auth/caller.js';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { createAccount, createConversation, createOrganisation, createUser } from '../../testing/fixtures.js';
import { creditServices } from '../credits.test-support.js';
import { UpdateCreditSettingsUseCase } from '../update-credit-settings.usecase.js';
import { CreditUsageUseCase } from './credit-usage.usecase.js';
import { ledgerCsvHeader, ledgerCsvRow } from './ledger-csv.js';
import { ListLedgerUseCase } from './list-ledger.usecase.js';
import { listLedgerQuery, usageQuery } from '@parley/contracts';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

describe('the ledger as admins read it', () => {
  let database: Database;
  let services: ReturnType<typeof creditServices>;
  let admin: Caller;
  let conversationId: string;

  /** A delivered marketing template charged `credits` at `at`. */
  async function charged(at: string, credits: number, category: 'marketing' | 'utility' = 'marketing') {
    const messageKey = randomUUID();
    const base = { organisationId: admin.organisationId, messageKey, conversationId };
    await services.ledger.reserve({ ...base, credits, category, market: 'JP' });
    await services.ledger.settle({ ...base, charge: { credits, category, market: 'JP' } });
    await database
      .sql()
      .updateTable('CreditEntry')
      .set({ createdAt: new Date(at) })
      .where('messageKey', '=', messageKey)
      .execute();
  }

  beforeEach(async () => {
    database = await openTestDatabase();
    services = creditServices(database);
    const organisationId = await createOrganisation(database);
    admin = await createUser(database, organisationId, 'admin');
    ({ conversationId } = await createConversation(database, await createAccount(database, organisationId)));
    await services.ledger.adjust({
      organisationId,
      key: 'opening',
      amount: 1000,
      note: 'opening balance, "welcome"',
      actorUserId: admin.userId,
    });
    await database
      .sql()
      .updateTable('CreditEntry')
      .set({ createdAt: new Date('2026-11-01T00:00:00Z') })
      .execute();
    // 2026-11-30 23:30 in Tokyo is 14:30 UTC; 2026-12-01 00:30 in Tokyo is 2026-11-30 15:30 UTC.
    await charged('2026-11-30T14:30:00Z', 15);
    await charged('2026-11-30T15:30:00Z', 3, 'utility');
    await charged('2026-12-01T03:00:00Z', 15);
  });
  afterEach(() => database.close());

  it('filters by kind and by days in the reader’s time zone, newest first, page by page', async () => {
    const ledger = new ListLedgerUseCase(database);
    const query = (input: Record<string, unknown>) => listLedgerQuery.parse(input);
    const december = await ledger.execute(
      admin,
      query({ kind: 'deduction', from: '2026-12-01', to: '2026-12-01', timeZone: 'Asia/Tokyo' }),
    );
    expect(december.items.map((entry) => [entry.amount, entry.category])).toEqual([
      [-15, 'marketing'],
      [-3, 'utility'],
    ]);
    const inUtc = await ledger.execute(
      admin,
      query({ kind: 'deduction', from: '2026-12-01', to: '2026-12-01', timeZone: 'UTC' }),
    );
    expect(inUtc.items).toHaveLength(1);
    const pages = [await ledger.execute(admin, query({ limit: 4 }))];
    while (pages.at(-1)!.nextCursor)
      pages.push(await ledger.execute(admin, query({ limit: 4, cursor: pages.at(-1)!.nextCursor })));
    const all = pages.flatMap((page) => page.items);
    expect(pages.map((page) => page.items.length)).toEqual([4, 4, 2]);
    expect(new Set(all.map((entry) => entry.id)).size).toBe(10);
    expect(all[0]).toMatchObject({ createdAt: '2026-12-01T03:00:00.000Z' });
    expect(all.find((entry) => entry.kind === 'deduction')).toMatchObject({ amount: -15, balanceAfter: 967 });
    expect(all.at(-1)).toMatchObject({ kind: 'adjustment', amount: 1000, actor: { id: admin.userId } });
  });
  it('exports every selected entry as CSV, quoting what needs it', async () => {
    const ledger = new ListLedgerUseCase(database);
    const pages = [];
    for await (const page of ledger.all(admin, { kind: ['adjustment'], timeZone: 'UTC' }))
      pages.push(...page);
    expect(ledgerCsvHeader).toBe(
      'created_at,kind,amount,balance_after,category,market,conversation_id,message_id,purchase_id,note,actor\r\n',
    );
    expect(ledgerCsvRow(pages[0]!)).toMatch(
      /^2026-11-01T00:00:00.000Z,adjustment,1000,1000,,,,,,"opening balance, ""welcome""",/,
    );
  });

  it('adds up credits charged per day of the reader’s time zone and per category', async () => {
    const usage = new CreditUsageUseCase(database);
    const tokyo = await usage.execute(
      admin,
      usageQuery.parse({ from: '2026-11-30', to: '2026-12-01', timeZone: 'Asia/Tokyo' }),
    );
    expect(tokyo).toEqual({
      days: [
        { date: '2026-11-30', byCategory: { marketing: 15 } },
        { date: '2026-12-01', byCategory: { utility: 3, marketing: 15 } },
      ],
      total: 33,
    });
    const utc = await usage.execute(
      admin,
      usageQuery.parse({ from: '2026-11-30', to: '2026-12-01', timeZone: 'UTC' }),
    );
    expect(utc.days.map((day) => day.byCategory)).toEqual([{ marketing: 15, utility: 3 }, { marketing: 15 }]);
    await expect(
      usage.execute(admin, usageQuery.parse({ from: '2026-12-02', to: '2026-12-01' })),
    ).rejects.toThrow(ApiError);
    await expect(
      usage.execute(
        admin,
        usageQuery.parse({ from: '2026-12-01', to: '2026-12-01', timeZone: 'Mars/Olympus' }),
      ),
    ).rejects.toThrow(/timeZone/);
  });

  it('changes the threshold and currency, audited, and refuses a currency credits are not sold in', async () => {
    const settings = new UpdateCreditSettingsUseCase(database, services.accounts, services.prices);
    const account = await settings.execute(admin, { lowBalanceThreshold: 2000, currency: 'USD' });
    expect(account).toMatchObject({ balance: 967, lowBalanceThreshold: 2000, low: true, currency: 'USD' });
    await expect(settings.execute(admin, { currency: 'GBP' })).rejects.toMatchObject({
      response: { code: 'CURRENCY_NOT_SOLD' },
    });
    const audit = await database.sql().selectFrom('AuditEntry').select(['action', 'after']).execute();
    expect(audit).toEqual([
      { action: 'credits.settings_updated', after: { lowBalanceThreshold: 2000, currency: 'USD' } },
    ]);
  });
});
