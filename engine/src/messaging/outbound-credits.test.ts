import { ConnectorSendError, type InboundEvent } from '@parley/connector-sdk';
import type { PriceListInput } from '@parley/contracts';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountRef } from '../channels/channel-directory.service.js';
import {
  FakeChannel,
  type PricingServices,
  flatPriceList,
  grant,
  ledger,
  outboundSender,
  pricingServices,
  templateMessage,
} from '../credits/pricing.test-support.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { createAccount, createConversation, createOrganisation } from '../testing/fixtures.js';
import { IntakeRouting } from '../routing/intake-routing.js';
import { routingServices } from '../routing/routing.test-support.js';
import { IntakeWebhookUseCase } from '../webhooks/intake-webhook.usecase.js';
import type { OutboundSender } from './outbound-sender.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

describe('OutboundSender and credits', () => {
  let database: Database;
  let services: PricingServices;
  let channel: FakeChannel;
  let sender: OutboundSender;
  let organisationId: string;
  let account: AccountRef;
  let conversationId: string;

  async function setUp(
    options: Parameters<typeof createConversation>[2] = {},
    priceList: PriceListInput = flatPriceList(),
  ) {
    database = await openTestDatabase();
    services = pricingServices(database, {}, priceList);
    channel = new FakeChannel();
    sender = outboundSender(database, services, channel);
    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
    ({ conversationId } = await createConversation(database, account, options));
  }
  afterEach(() => database.close());

  const sendTemplate = (idempotencyKey: string, category: 'MARKETING' | 'UTILITY' = 'MARKETING') =>
    sender.send({ conversationId, idempotencyKey, ...templateMessage(category) });
  const sendText = (idempotencyKey: string) =>
    sender.send({
      conversationId,
      idempotencyKey,
      stored: { type: 'text', text: 'Thanks!', content: null },
      message: () => ({ type: 'text', text: 'Thanks!' }),
    });
  const message = (idempotencyKey: string) =>
    database
      .sql()
      .selectFrom('Message')
      .select(['status', 'errorCode', 'errorMessage', 'platformMessageId'])
      .where('idempotencyKey', '=', idempotencyKey)
      .executeTakeFirstOrThrow();

  it('sends exactly as many 1-credit messages as 300 credits pay for when 500 go at once', async () => {
    await setUp();
    await grant(services, organisationId, 300);
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, index) => sendTemplate(`burst:${index}`)),
    );
    const sent = results.filter((result) => result.outcome === 'sent');
    const refused = results.filter((result) => result.outcome === 'refused');
    expect(sent).toHaveLength(300);
    expect(refused).toHaveLength(200);
    for (const result of refused)
      expect(result.outcome === 'refused' && result.error.platformCode).toBe('INSUFFICIENT_CREDITS');
    expect(channel.sent).toHaveLength(300);
    const after = await ledger(database, organisationId);
    expect(after).toMatchObject({ balance: 0, reserved: 300, sum: 0 });
    expect(after.of('reservation')).toHaveLength(300);
    const failed = await database
      .sql()
      .selectFrom('Message')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('errorCode', '=', 'INSUFFICIENT_CREDITS')
      .executeTakeFirstOrThrow();
    expect(Number(failed.n)).toBe(200);
  });

  it('sends a free reply inside the window at a balance of 0, reserving nothing', async () => {
    await setUp();
    expect(await sendText('reply:1')).toMatchObject({ outcome: 'sent' });
    expect(await sendTemplate('utility:1', 'UTILITY')).toMatchObject({ outcome: 'sent' });
    expect(channel.sent).toHaveLength(2);
    expect((await ledger(database, organisationId)).entries).toEqual([]);
  });

  it('does not send a paid template at a balance of 0: the message fails with INSUFFICIENT_CREDITS', async () => {
    await setUp();
    const result = await sendTemplate('paid:1');
    expect(result).toMatchObject({ outcome: 'refused', error: { platformCode: 'INSUFFICIENT_CREDITS' } });
    expect(channel.sent).toEqual([]);
    expect(await message('paid:1')).toMatchObject({
      status: 'failed',
      errorCode: 'INSUFFICIENT_CREDITS',
      platformMessageId: null,
    });
    expect((await message('paid:1')).errorMessage).toMatch(/costs 1 credits and the balance is 0/);
    // Sent again (an activity's retry): still refused, still nothing sent.
    expect(await sendTemplate('paid:1')).toMatchObject({ outcome: 'refused' });
    expect(channel.sent).toEqual([]);
  });

  it('gives the credits of a send the platform refuses for good back', async () => {
    await setUp();
    await grant(services, organisationId, 5);
    channel.failWith = new ConnectorSendError('Re-engagement message', '131047', false, 400);
    expect(await sendTemplate('refused:1')).toMatchObject({ outcome: 'refused' });
    const after = await ledger(database, organisationId);
    expect(after).toMatchObject({ balance: 5, reserved: 0, sum: 5 });
    expect(after.of('release')).toHaveLength(1);
    // A transient failure keeps the reservation for the retry.
    channel.failWith = new ConnectorSendError('try later', '130429', true, 429);
    await expect(sendTemplate('transient:1')).rejects.toThrow('try later');
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 4, reserved: 1 });
    channel.failWith = undefined;
    expect(await sendTemplate('transient:1')).toMatchObject({ outcome: 'sent' });
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 4, reserved: 1, sum: 4 });
  });

  it('blocks a marketing template to a US number before sending, charging nothing', async () => {
    await setUp({ phone: '12125550123', windowExpiresAt: null });
    await grant(services, organisationId, 50);
    const result = await sendTemplate('us:1');
    expect(result).toMatchObject({
      outcome: 'refused',
      error: { platformCode: 'MARKETING_NOT_DELIVERED_US' },
    });
    expect(channel.sent).toEqual([]);
    expect(await message('us:1')).toMatchObject({
      status: 'failed',
      errorCode: 'MARKETING_NOT_DELIVERED_US',
    });
    const after = await ledger(database, organisationId);
    expect(after.entries.map((entry) => entry.kind)).toEqual(['adjustment']);
    expect(after.balance).toBe(50);
    // A utility template to the same number goes, and is paid for.
    expect(await sendTemplate('us:2', 'UTILITY')).toMatchObject({ outcome: 'sent' });
    expect((await ledger(database, organisationId)).balance).toBe(49);
  });

  it('settles a message whose delivery report arrived before the platform’s answer', async () => {
    await setUp();
    await grant(services, organisationId, 10);
    const intake = new IntakeWebhookUseCase(
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
    channel.beforeAnswer = async (platformMessageId) => {
      const delivered: InboundEvent = {
        kind: 'status',
        eventId: `whatsapp:status:${platformMessageId}:delivered`,
        channelAccountId: account.platformAccountId,
        recipientId: '819012345678',
        platformMessageId,
        status: 'delivered',
        occurredAt: new Date().toISOString(),
        errors: [],
        pricing: { billable: true, pricingModel: 'PMP', category: 'marketing', type: 'regular' },
      };
      await intake.execute({ account, events: [delivered] });
      // Not settled yet: the message has no platform id.
      expect((await ledger(database, organisationId)).of('deduction')).toEqual([]);
    };
    expect(await sendTemplate('early:1')).toMatchObject({ outcome: 'sent' });
    expect(await message('early:1')).toMatchObject({ status: 'delivered' });
    const after = await ledger(database, organisationId);
    expect(after.of('deduction')).toMatchObject([{ amount: -1, category: 'marketing' }]);
    expect(after).toMatchObject({ balance: 9, reserved: 0, sum: 9 });
  });
});
