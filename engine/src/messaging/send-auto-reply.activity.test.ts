import { ConnectorSendError, type SendRequest } from '@parley/connector-sdk';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelClients } from '../channels/channel-clients.service.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { createAccount, createOrganisation } from '../testing/fixtures.js';
import { IntakeWebhookUseCase } from '../webhooks/intake-webhook.usecase.js';
import { OutboundSender } from './outbound-sender.js';
import { SendAutoReplyActivity } from './send-auto-reply.activity.js';

const config = parseConfig({ AUTO_REPLY_TEXT: 'Thanks! We will reply soon.' });

describe('SendAutoReplyActivity', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let sent: SendRequest[];
  let failWith: Error | undefined;
  let activity: SendAutoReplyActivity;
  let intake: IntakeWebhookUseCase;
  let input: { conversationId: string; inboundMessageId: string };
  let account: AccountRef;
  const inboundFrom = (contact: { id?: string; userId?: string }, wamid = 'wamid.in') =>
    intake.execute({
      account,
      events: [
        {
          kind: 'message',
          eventId: `whatsapp:msg:${wamid}`,
          channelAccountId: '100000000000001',
          contact,
          platformMessageId: wamid,
          occurredAt: '2026-11-28T10:00:00.000Z',
          content: { type: 'text', text: 'hi' },
        },
      ],
    });

  beforeEach(async () => {
    database = await openTestDatabase();
    sent = [];
    failWith = undefined;
    const client = {
      manifest: { capabilities: { deliveryReports: true } },
      send: async (request: SendRequest) => {
        if (failWith) throw failWith;
        sent.push(request);
        return { platformMessageId: `wamid.reply${sent.length}` };
      },
    };
    const channels = {
      clientFor: (row: { credentials: string | null; disconnectedAt?: unknown }) =>
        row.credentials && !row.disconnectedAt ? { id: 'whatsapp', client } : undefined,
    } as unknown as ChannelClients;
    const publisher = new InboxPublisher(database, new InboxEvents());
    const logger = pino({ level: 'silent' });
    activity = new SendAutoReplyActivity(
      config,
      logger,
      new OutboundSender(logger, database, channels, publisher),
    );
    intake = new IntakeWebhookUseCase(
      database,
      publisher,
      { kick() {} } as unknown as OutboxRelay,
      pino({ level: 'silent' }),
      { kick() {} } as unknown as MediaFetcher,
    );
    account = await createAccount(database, await createOrganisation(database), { credentials: 'sealed' });
    await inboundFrom({ id: '819000000001' });
    const inbound = await database
      .sql()
      .selectFrom('Message')
      .select(['id', 'conversation'])
      .executeTakeFirstOrThrow();
    input = { conversationId: inbound.conversation, inboundMessageId: inbound.id };
  });
  afterEach(() => database.close());

  const outbound = () =>
    database.sql().selectFrom('Message').selectAll().where('direction', '=', 'outbound').execute();

  it('sends the acknowledgement once, however often it is retried', async () => {
    const first = await activity.execute(input);
    const second = await activity.execute(input);
    expect(first).toEqual({ messageId: expect.any(String), platformMessageId: 'wamid.reply1', sent: true });
    expect(second).toEqual(first);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      channelAccountId: '100000000000001',
      to: '819000000001',
      message: { type: 'text', text: 'Thanks! We will reply soon.' },
      idempotencyKey: `auto-reply:${input.inboundMessageId}`,
    });
    expect(await outbound()).toMatchObject([{ status: 'accepted', platformMessageId: 'wamid.reply1' }]);
  });

  it('retries a retryable failure with the same row and key', async () => {
    failWith = new ConnectorSendError('throughput', '130429', true, 400);
    await expect(activity.execute(input)).rejects.toThrow('throughput');
    failWith = undefined;
    await activity.execute(input);
    const rows = await outbound();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('accepted');
  });

  it('records a permanent refusal as failed and does not throw', async () => {
    failWith = new ConnectorSendError('Re-engagement message', '131047', false, 400);
    const result = await activity.execute(input);
    expect(result.sent).toBe(false);
    expect(await outbound()).toMatchObject([
      { status: 'failed', errorCode: '131047', errorMessage: 'Re-engagement message' },
    ]);
    expect(sent).toHaveLength(0);
  });

  it('applies statuses that arrived before the platform id was recorded', async () => {
    await intake.execute({
      account,
      events: [
        {
          kind: 'status',
          eventId: 'whatsapp:status:wamid.reply1:delivered',
          channelAccountId: '100000000000001',
          recipientId: '819000000001',
          platformMessageId: 'wamid.reply1',
          status: 'delivered',
          occurredAt: '2026-11-28T10:00:01.000Z',
          errors: [],
        },
      ],
    });
    await activity.execute(input);
    expect(await outbound()).toMatchObject([{ status: 'delivered' }]);
  });

  it('sends nothing, and records nothing, while the channel account is turned off', async () => {
    await database
      .sql()
      .updateTable('ChannelAccount')
      .set({ enabled: false })
      .where('id', '=', account.id)
      .execute();
    expect(await activity.execute(input)).toEqual({ messageId: null, platformMessageId: null, sent: false });
    expect(sent).toHaveLength(0);
    expect(await outbound()).toHaveLength(0);
  });

  it('addresses a customer known only by a business-scoped user id by that id', async () => {
    await inboundFrom({ userId: 'JP.13491208655302741918' }, 'wamid.username');
    const inbound = await database
      .sql()
      .selectFrom('Message')
      .select(['id', 'conversation'])
      .where('platformMessageId', '=', 'wamid.username')
      .executeTakeFirstOrThrow();
    await activity.execute({ conversationId: inbound.conversation, inboundMessageId: inbound.id });
    expect(sent.at(-1)).toMatchObject({ toUserId: 'JP.13491208655302741918' });
    expect(sent.at(-1)).not.toHaveProperty('to');
  });
});
