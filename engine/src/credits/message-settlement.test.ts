import type { InboundEvent } from '@parley/connector-sdk';
import type { PriceListInput } from '@parley/contracts';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import type { OutboundSender } from '../messaging/outbound-sender.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { createAccount, createConversation, createOrganisation } from '../testing/fixtures.js';
import { IntakeRouting } from '../routing/intake-routing.js';
import { routingServices } from '../routing/routing.test-support.js';
import { IntakeWebhookUseCase } from '../webhooks/intake-webhook.usecase.js';
import { type ReportedPricing, settlementFor } from './message-settlement.js';
import {
  FakeChannel,
  type PricingServices,
  flatPriceList,
  grant,
  ledger,
  outboundSender,
  pricingServices,
  templateMessage,
} from './pricing.test-support.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
type Status = 'sent' | 'delivered' | 'read' | 'failed';

const billable = (category: string): ReportedPricing => ({
  billable: true,
  pricingModel: 'PMP',
  category,
  type: 'regular',
});
const freeService: ReportedPricing = {
  billable: false,
  pricingModel: 'PMP',
  category: 'service',
  type: 'free_customer_service',
};

describe('settling credits from status reports', () => {
  let database: Database;
  let services: PricingServices;
  let sender: OutboundSender;
  let intake: IntakeWebhookUseCase;
  let organisationId: string;
  let account: AccountRef;
  let conversationId: string;

  /** A Japanese customer whose window is open unless `windowExpiresAt: null`; the default price list. */
  async function setUp(options: Parameters<typeof createConversation>[2] = {}, priceList?: PriceListInput) {
    database = await openTestDatabase();
    services = pricingServices(database, {}, priceList);
    sender = outboundSender(database, services, new FakeChannel());
    intake = new IntakeWebhookUseCase(
      database,
      new InboxPublisher(database, services.events),
      { kick() {} } as unknown as OutboxRelay,
      pino({ level: 'silent' }),
      { kick() {} } as unknown as MediaFetcher,
      parseConfig({}),
      services.settlement,
      services.ledger,
      new IntakeRouting(database, routingServices(database).assignment, pino({ level: 'silent' })),
      new FlowTriggers(),
    );
    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
    ({ conversationId } = await createConversation(database, account, options));
  }
  afterEach(() => {
    vi.restoreAllMocks();
    return database.close();
  });

  const sendTemplate = async (key: string, category: 'MARKETING' | 'UTILITY' = 'MARKETING') => {
    const result = await sender.send({ conversationId, idempotencyKey: key, ...templateMessage(category) });
    if (result.outcome !== 'sent') throw new Error(`not sent: ${JSON.stringify(result)}`);
    return result.platformMessageId;
  };
  const report = (platformMessageId: string, status: Status, pricing?: ReportedPricing) =>
    intake.execute({
      account,
      events: [
        {
          kind: 'status',
          eventId: `whatsapp:status:${platformMessageId}:${status}`,
          channelAccountId: account.platformAccountId,
          recipientId: '819012345678',
          platformMessageId,
          status,
          occurredAt: new Date().toISOString(),
          errors: status === 'failed' ? [{ code: '131026', title: 'Message undeliverable' }] : [],
          ...(pricing ? { pricing } : {}),
        } satisfies InboundEvent,
      ],
    });
  const books = async () => {
    const state = await ledger(database, organisationId);
    expect(state.sum).toBe(state.balance);
    return state;
  };

  it('charges a delivered message once however often its reports are redelivered', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    expect(await books()).toMatchObject({ balance: 85, reserved: 15 });
    await report(wamid, 'delivered', billable('marketing'));
    await report(wamid, 'delivered', billable('marketing'));
    await report(wamid, 'read');
    await report(wamid, 'read');
    const after = await books();
    expect(after).toMatchObject({ balance: 85, reserved: 0 });
    expect(after.of('deduction')).toMatchObject([{ amount: -15, category: 'marketing', market: 'JP' }]);
    const stored = await database.sql().selectFrom('StatusEvent').select(['status', 'pricing']).execute();
    expect(stored).toHaveLength(2);
    expect(stored.find((row) => row.status === 'delivered')?.pricing).toEqual(billable('marketing'));
  });

  it('charges once when both the sent and the delivered report carry pricing', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    await report(wamid, 'sent', billable('marketing'));
    expect((await books()).of('deduction')).toEqual([]); // charged on delivery, not before
    await report(wamid, 'delivered', billable('marketing'));
    await report(wamid, 'sent', billable('marketing'));
    expect((await books()).of('deduction')).toHaveLength(1);
  });

  it('takes pricing from the sent report when the delivered one has none', async () => {
    await setUp({ windowExpiresAt: null });
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('u1', 'UTILITY');
    expect((await books()).reserved).toBe(3);
    await report(wamid, 'sent', { ...billable('utility'), billable: false, type: 'free_customer_service' });
    await report(wamid, 'delivered');
    const after = await books();
    expect(after).toMatchObject({ balance: 100, reserved: 0 });
    expect(after.of('deduction')).toEqual([]);
  });

  it('charges once when the intake transaction fails after settling and the webhook comes again', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    const settle = services.settlement.settle.bind(services.settlement);
    const spy = vi.spyOn(services.settlement, 'settle').mockImplementationOnce(async (...args) => {
      await settle(...args);
      throw new Error('the database went away');
    });
    await expect(report(wamid, 'delivered', billable('marketing'))).rejects.toThrow('the database went away');
    expect(await books()).toMatchObject({ balance: 85, reserved: 15 });
    expect(await database.sql().selectFrom('StatusEvent').selectAll().execute()).toEqual([]);
    await report(wamid, 'delivered', billable('marketing'));
    await report(wamid, 'delivered', billable('marketing'));
    expect(spy).toHaveBeenCalledTimes(2);
    const after = await books();
    expect(after).toMatchObject({ balance: 85, reserved: 0 });
    expect(after.of('deduction')).toHaveLength(1);
  });

  it('gives a message’s credits back when the platform reports it failed, and never charges it later', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    await report(wamid, 'sent', billable('marketing'));
    await report(wamid, 'failed');
    expect(await books()).toMatchObject({ balance: 100, reserved: 0 });
    await report(wamid, 'delivered', billable('marketing'));
    const after = await books();
    expect(after.balance).toBe(100);
    expect(after.of('deduction')).toEqual([]);
  });

  it('charges the category WhatsApp billed when it differs from the one reserved', async () => {
    await setUp({ windowExpiresAt: null });
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('u1', 'UTILITY');
    expect(await books()).toMatchObject({ balance: 97, reserved: 3 });
    await report(wamid, 'delivered', billable('marketing'));
    const after = await books();
    expect(after.of('deduction')).toMatchObject([{ amount: -15, category: 'marketing', market: 'JP' }]);
    expect(after).toMatchObject({ balance: 85, reserved: 0 });
  });

  it('charges a billable message it reserved nothing for at the rate card, even below zero', async () => {
    await setUp(); // window open: a utility template is free…
    const wamid = await sendTemplate('u1', 'UTILITY');
    expect((await books()).entries).toEqual([]);
    await report(wamid, 'delivered', billable('utility')); // …but WhatsApp billed it
    const after = await books();
    expect(after.of('deduction')).toMatchObject([{ amount: -3, category: 'utility' }]);
    expect(after.balance).toBe(-3);
  });

  it('charges nothing for a message the platform says was free, giving its reservation back', async () => {
    await setUp({ windowExpiresAt: null });
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    await report(wamid, 'delivered', {
      billable: false,
      pricingModel: 'PMP',
      category: 'referral_conversion',
      type: 'free_entry_point',
    });
    const after = await books();
    expect(after).toMatchObject({ balance: 100, reserved: 0 });
    expect(after.of('deduction')).toEqual([]);
  });

  it('settles the reservation without any pricing in the reports', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    const wamid = await sendTemplate('m1');
    await report(wamid, 'delivered');
    expect((await books()).of('deduction')).toMatchObject([{ amount: -15 }]);
  });

  it('under per-conversation pricing, takes only free or not from the report', async () => {
    await setUp(
      { windowExpiresAt: null },
      flatPriceList({ model: 'per_conversation', freeInsideWindow: [] }, 10),
    );
    await grant(services, organisationId, 100);
    const first = await sendTemplate('m1');
    const second = await sendTemplate('m2'); // inside the conversation m1 opened: nothing reserved
    await report(first, 'delivered', { ...billable('utility'), pricingModel: 'CBP' });
    await report(second, 'delivered', { ...billable('marketing'), pricingModel: 'CBP' });
    const after = await books();
    expect(after.of('deduction')).toMatchObject([{ amount: -10, category: 'marketing' }]);
    expect(after.balance).toBe(90);
  });
});

describe('settlementFor', () => {
  const chargedAs = (category: string) => category as never;
  const decide = (pricing: ReportedPricing | null, reserved: string | null, model = 'per_message' as const) =>
    settlementFor({ model, pricing, reserved: reserved ? { category: reserved } : null, chargedAs });

  it('charges nothing for what the platform says was free', () => {
    expect(decide(freeService, 'utility')).toEqual({ charge: 'nothing' });
    expect(decide({ ...billable('utility'), type: 'free_entry_point' }, 'utility')).toEqual({
      charge: 'nothing',
    });
  });

  it('keeps the reservation when the category agrees, the report has none, or it names an unknown one', () => {
    expect(decide(billable('marketing'), 'marketing')).toEqual({ charge: 'reservation' });
    expect(decide(null, 'marketing')).toEqual({ charge: 'reservation' });
    expect(decide(null, null)).toEqual({ charge: 'nothing' });
    expect(decide(billable('something_new'), 'utility')).toEqual({ charge: 'reservation' });
  });

  it('charges the rate card for another category, or a billable message with no reservation', () => {
    expect(decide(billable('marketing'), 'utility')).toEqual({ charge: 'rate_card', category: 'marketing' });
    expect(decide(billable('utility'), null)).toEqual({ charge: 'rate_card', category: 'utility' });
  });

  it('compares after `chargedAs` (service billed at the utility rate)', () => {
    expect(
      settlementFor({
        model: 'per_message',
        pricing: billable('service'),
        reserved: { category: 'utility' },
        chargedAs: (category) => (category === 'service' ? 'utility' : category),
      }),
    ).toEqual({ charge: 'reservation' });
  });

  it('under per-conversation pricing, never recategorises nor charges what was not reserved', () => {
    expect(decide(billable('marketing'), 'utility', 'per_conversation' as never)).toEqual({
      charge: 'reservation',
    });
    expect(decide(billable('marketing'), null, 'per_conversation' as never)).toEqual({ charge: 'nothing' });
  });
});
