import type { InboundEvent } from '@parley/connector-sdk';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { IntakeWebhookUseCase } from './intake-webhook.usecase.js';

const account = '100000000000001';
const message = (wamid: string, contact = '819000000001'): InboundEvent => ({
  kind: 'message',
  eventId: `whatsapp:msg:${wamid}`,
  channelAccountId: account,
  contact: { id: contact, name: 'Hanako' },
  platformMessageId: wamid,
  occurredAt: '2026-11-28T10:00:00.000Z',
  content: { type: 'text', text: `hello ${wamid}` },
});
const status = (wamid: string, value: 'sent' | 'delivered' | 'read' | 'failed'): InboundEvent => ({
  kind: 'status',
  eventId: `whatsapp:status:${wamid}:${value}`,
  channelAccountId: account,
  recipientId: '819000000001',
  platformMessageId: wamid,
  status: value,
  occurredAt: '2026-11-28T10:00:05.000Z',
  errors: value === 'failed' ? [{ code: '131026', title: 'Message undeliverable' }] : [],
});

describe('IntakeWebhookUseCase', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let intake: IntakeWebhookUseCase;
  const kick = vi.fn();

  beforeEach(async () => {
    database = await openTestDatabase();
    kick.mockClear();
    intake = new IntakeWebhookUseCase(
      database,
      new InboxEvents(),
      { kick } as unknown as OutboxRelay,
      pino({ level: 'silent' }),
      { kick() {} } as unknown as MediaFetcher,
    );
  });
  afterEach(() => database.close());

  const count = async (table: 'Message' | 'OutboxEntry' | 'Conversation' | 'StatusEvent' | 'Media') =>
    Number(
      (
        await database
          .sql()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a message, its conversation and an outbox row in one go, then kicks the relay', async () => {
    const result = await intake.execute('whatsapp', [message('wamid.1')]);
    expect(result).toEqual({ messagesStored: 1, duplicates: 0, statusesRecorded: 0, otherEvents: 0 });
    const [conversation] = await database.sql().selectFrom('Conversation').selectAll().execute();
    expect(conversation).toMatchObject({
      contactId: '819000000001',
      contactName: 'Hanako',
      lastMessagePreview: 'hello wamid.1',
    });
    const [entry] = await database.sql().selectFrom('OutboxEntry').selectAll().execute();
    expect(entry?.workflowId).toBe(`conversation:whatsapp:${account}:819000000001`);
    expect(entry?.payload).toMatchObject({
      conversationId: conversation?.id,
      occurredAt: '2026-11-28T10:00:00.000Z',
    });
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('stores nothing new for a redelivery, in the same or a later webhook', async () => {
    await intake.execute('whatsapp', [message('wamid.1')]);
    const again = await intake.execute('whatsapp', [message('wamid.1'), message('wamid.1')]);
    expect(again).toEqual({ messagesStored: 0, duplicates: 2, statusesRecorded: 0, otherEvents: 0 });
    expect(await count('Message')).toBe(1);
    expect(await count('OutboxEntry')).toBe(1);
    expect(await count('Conversation')).toBe(1);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('keeps one conversation per contact', async () => {
    await intake.execute('whatsapp', [
      message('wamid.1'),
      message('wamid.2'),
      message('wamid.3', '819000000002'),
    ]);
    expect(await count('Conversation')).toBe(2);
    expect(await count('OutboxEntry')).toBe(3);
  });

  it('never moves a status backwards: read before delivered stays read', async () => {
    await intake.execute('whatsapp', [message('wamid.in')]);
    const conversationId = (
      await database.sql().selectFrom('Conversation').select('id').executeTakeFirstOrThrow()
    ).id;
    const now = new Date();
    await database
      .sql()
      .insertInto('Message')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        conversation: conversationId,
        direction: 'outbound',
        type: 'text',
        text: 'reply',
        status: 'accepted',
        platformMessageId: 'wamid.out',
        idempotencyKey: 'k',
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        statusUpdatedAt: now,
      })
      .execute();
    await intake.execute('whatsapp', [status('wamid.out', 'read')]);
    const result = await intake.execute('whatsapp', [
      status('wamid.out', 'delivered'),
      status('wamid.out', 'sent'),
      status('wamid.out', 'read'),
    ]);
    expect(result.statusesRecorded).toBe(2);
    const row = await database
      .sql()
      .selectFrom('Message')
      .select('status')
      .where('platformMessageId', '=', 'wamid.out')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('read');
    expect(await count('StatusEvent')).toBe(3);
  });

  it('records a status for a message not known yet, to be applied when its id is', async () => {
    const result = await intake.execute('whatsapp', [status('wamid.unknown', 'delivered')]);
    expect(result.statusesRecorded).toBe(1);
    expect(await count('StatusEvent')).toBe(1);
    expect(await count('Message')).toBe(0);
  });

  it('keeps the normalized content of every kind and queues media for download', async () => {
    const image: InboundEvent = {
      ...message('wamid.img'),
      content: {
        type: 'image',
        mediaId: 'media-1',
        mimeType: 'image/jpeg',
        sha256: 'abc',
        caption: 'receipt',
      },
    } as InboundEvent;
    await intake.execute('whatsapp', [image]);
    const row = await database.sql().selectFrom('Message').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type: 'image',
      text: 'receipt',
      content: { type: 'image', mediaId: 'media-1', caption: 'receipt' },
    });
    const [media] = await database.sql().selectFrom('Media').selectAll().execute();
    expect(media).toMatchObject({
      message: row.id,
      channel: 'whatsapp',
      platformMediaId: 'media-1',
      state: 'pending',
    });
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(conversation.lastMessagePreview).toBe('[image] receipt');
  });

  it('writes webhooks arriving together in one transaction with the same outcome as one by one', async () => {
    const results = await Promise.all([
      intake.execute('whatsapp', [message('wamid.a', '819000000010')]),
      intake.execute('whatsapp', [message('wamid.b', '819000000011')]),
      intake.execute('whatsapp', [message('wamid.a', '819000000010')]),
      intake.execute('whatsapp', [status('wamid.b', 'sent')]),
    ]);
    expect(
      results.map((result) => [result.messagesStored, result.duplicates, result.statusesRecorded]),
    ).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(await count('Message')).toBe(2);
    expect(await count('OutboxEntry')).toBe(2);
  });

  it('counts template and platform events without storing messages', async () => {
    const result = await intake.execute('whatsapp', [
      {
        kind: 'template_status',
        eventId: 'whatsapp:template:1:APPROVED',
        channelAccountId: '102290129340398',
        occurredAt: '2026-11-28T10:00:00.000Z',
        templateId: '1',
        templateName: 'order_update',
        language: 'ja',
        event: 'APPROVED',
        reason: null,
      },
    ]);
    expect(result).toEqual({ messagesStored: 0, duplicates: 0, statusesRecorded: 0, otherEvents: 1 });
    expect(await count('Message')).toBe(0);
  });
});
