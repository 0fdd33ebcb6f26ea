import type { PriceListInput } from '@parley/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createAccount, createConversation, createOrganisation } from '../testing/fixtures.js';
import {
  type PricingServices,
  flatPriceList,
  grant,
  ledger,
  pricingServices,
} from './pricing.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
const hourMs = 60 * 60 * 1000;

describe('MessagePricing', () => {
  let database: Database;
  let services: PricingServices;
  let organisationId: string;
  let conversationId: string;

  async function setUp(
    env: Record<string, string> = {},
    options: Parameters<typeof createConversation>[2] = {},
    channel: 'whatsapp' | 'telegram' = 'whatsapp',
    priceList?: PriceListInput,
  ) {
    database = await openTestDatabase();
    services = pricingServices(database, env, priceList);
    organisationId = await createOrganisation(database);
    const account = await createAccount(database, organisationId, { channel });
    ({ conversationId } = await createConversation(database, account, options));
  }
  afterEach(() => database.close());

  it('prices a service reply free on 2026-09-30 and at the utility rate from 2026-10-01 with the reported rules applied', async () => {
    await setUp(
      { PRICING_REPORTED_RULES: 'apply' },
      { windowExpiresAt: new Date('2026-10-02T00:00:00Z') }, // a Japanese number, window open
    );
    const before = await services.pricing.quote(conversationId, 'service', new Date('2026-09-30T12:00:00Z'));
    expect(before.price).toMatchObject({ credits: 0, free: 'customer_service_window' });
    const after = await services.pricing.quote(conversationId, 'service', new Date('2026-10-01T00:00:00Z'));
    expect(after).toEqual({
      organisationId,
      conversationId,
      price: {
        credits: 3,
        category: 'utility',
        market: 'JP',
        model: 'per_message',
        ruleSetId: 'whatsapp-2026-10-per-message-reported',
        free: null,
        discountPercent: 0,
      },
    });
    // Without the operator's say-so the reported rules are not applied.
    const confirmed = pricingServices(database);
    const ignored = await confirmed.pricing.quote(
      conversationId,
      'service',
      new Date('2026-10-01T00:00:00Z'),
    );
    expect(ignored.price.credits).toBe(0);
  });

  it('reads the window, the entry-point window and the market from the conversation', async () => {
    await setUp({}, { phone: '12125550123', windowExpiresAt: null });
    const at = new Date();
    expect((await services.pricing.quote(conversationId, 'utility', at)).price).toMatchObject({
      credits: 1,
      market: 'US',
    });
    await database
      .sql()
      .updateTable('Conversation')
      .set({ windowExpiresAt: new Date(at.getTime() + hourMs) })
      .execute();
    expect((await services.pricing.quote(conversationId, 'utility', at)).price.free).toBe(
      'customer_service_window',
    );
    await database
      .sql()
      .updateTable('Conversation')
      .set({ entryPointExpiresAt: new Date(at.getTime() + hourMs) })
      .execute();
    expect((await services.pricing.quote(conversationId, 'marketing', at)).price.free).toBe('entry_point');
  });

  it('never bills a channel without a customer-service window (Telegram)', async () => {
    await setUp({}, { windowExpiresAt: null }, 'telegram');
    const { price } = await services.pricing.quote(conversationId, 'marketing');
    expect(price).toMatchObject({ credits: 0, free: 'no_rate' });
    expect(
      await services.pricing.reserve({ conversationId, messageKey: 'm1', category: 'marketing' }),
    ).toMatchObject({
      outcome: 'free',
    });
  });

  it('reserves a paid message once per key, and refuses one the balance cannot cover', async () => {
    await setUp({}, { windowExpiresAt: null }, 'whatsapp', flatPriceList({}, 10));
    await grant(services, organisationId, 15);
    const reserve = (messageKey: string) =>
      services.pricing.reserve({ conversationId, messageKey, category: 'marketing' });
    expect(await reserve('m1')).toMatchObject({ outcome: 'reserved', balance: 5, price: { credits: 10 } });
    expect(await reserve('m1')).toEqual({ outcome: 'exists', state: 'held' });
    expect(await reserve('m2')).toMatchObject({
      outcome: 'insufficient',
      balance: 5,
      price: { credits: 10 },
    });
    const after = await ledger(database, organisationId);
    expect(after).toMatchObject({ balance: 5, reserved: 10, sum: 5 });
    expect(after.of('reservation')).toHaveLength(1);
    expect(await services.pricing.state(database.sql(), organisationId, 'm2')).toBe('none');
    await services.ledger.release({ organisationId, messageKey: 'm1' });
    expect(await reserve('m1')).toEqual({ outcome: 'exists', state: 'released' });
  });

  it('counts this month’s deductions of the category for its volume tiers (UTC months)', async () => {
    const list = flatPriceList(
      { volumeTiers: [{ category: 'utility', fromMessages: 2, discountPercent: 50 }] },
      10,
    );
    await setUp({}, { windowExpiresAt: null }, 'whatsapp', list);
    const deduct = (messageKey: string, category: 'utility' | 'marketing') =>
      services.ledger.settle({
        organisationId,
        messageKey,
        conversationId,
        charge: { credits: 10, category, market: 'default' },
      });
    await deduct('u1', 'utility');
    await deduct('m1', 'marketing');
    expect((await services.pricing.quote(conversationId, 'utility')).price).toMatchObject({
      credits: 10,
      discountPercent: 0,
    });
    await deduct('u2', 'utility');
    expect((await services.pricing.quote(conversationId, 'utility')).price).toMatchObject({
      credits: 5,
      discountPercent: 50,
    });
    // One of them last month: below the tier again.
    await database
      .sql()
      .updateTable('CreditEntry')
      .set({ createdAt: new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1) - 1) })
      .where('key', '=', 'deduction:u1')
      .execute();
    expect((await services.pricing.quote(conversationId, 'utility')).price.credits).toBe(10);
  });

  describe('per 24-hour conversation', () => {
    const perConversation = () =>
      setUp(
        {},
        { windowExpiresAt: null },
        'whatsapp',
        flatPriceList({ model: 'per_conversation', freeInsideWindow: [] }, 10),
      );
    const reserve = (messageKey: string, at: Date, category: 'marketing' | 'utility' = 'marketing') =>
      services.pricing.reserve({ conversationId, messageKey, category, at });

    it('charges two marketing templates an hour apart once, and 25 hours apart twice', async () => {
      await perConversation();
      await grant(services, organisationId, 100);
      const start = new Date('2026-03-01T09:00:00Z');
      expect(await reserve('t1', start)).toMatchObject({ outcome: 'reserved', price: { credits: 10 } });
      expect(await reserve('t2', new Date(start.getTime() + hourMs))).toMatchObject({
        outcome: 'free',
        price: { free: 'open_conversation' },
      });
      // Another category opens its own conversation.
      expect(await reserve('u1', new Date(start.getTime() + hourMs), 'utility')).toMatchObject({
        outcome: 'reserved',
      });
      expect(await reserve('t3', new Date(start.getTime() + 25 * hourMs))).toMatchObject({
        outcome: 'reserved',
      });
      const after = await ledger(database, organisationId);
      expect(
        after
          .of('reservation')
          .map((entry) => entry.key)
          .sort(),
      ).toEqual(['reservation:t1', 'reservation:t3', 'reservation:u1']);
      expect(after).toMatchObject({ balance: 70, sum: 70 });
    });

    it('opens one conversation when two sends race for it', async () => {
      await perConversation();
      await grant(services, organisationId, 100);
      const at = new Date('2026-03-01T09:00:00Z');
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, index) => reserve(`race${index}`, new Date(at.getTime() + index))),
      );
      expect(outcomes.filter((outcome) => outcome.outcome === 'reserved')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.outcome === 'free')).toHaveLength(7);
      const open = await database.sql().selectFrom('BillingConversation').selectAll().execute();
      expect(open).toHaveLength(1);
      expect((await ledger(database, organisationId)).balance).toBe(90);
    });

    it('gives the conversation back with a failed send’s credits', async () => {
      await perConversation();
      await grant(services, organisationId, 100);
      const at = new Date('2026-03-01T09:00:00Z');
      await reserve('t1', at);
      await services.ledger.release({ organisationId, messageKey: 't1' });
      expect(await reserve('t2', new Date(at.getTime() + hourMs))).toMatchObject({ outcome: 'reserved' });
    });
  });
});
