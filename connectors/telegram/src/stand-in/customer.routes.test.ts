import type { MessageEvent } from '@parley/connector-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramManagement } from '../bot-management.js';
import { startHarness, type Harness } from '../fixtures/stand-in-harness.fixture.js';
import { testBot, testBotConfig } from '../fixtures/test-bot.fixture.js';
import { startWebhookReceiver } from '../fixtures/webhook-receiver.fixture.js';

const chatId = 555000111;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(receiverAnswers: number[] = [], overrides = {}): Promise<Harness> {
  harness = await startHarness(receiverAnswers, overrides);
  return harness;
}

/** The events the connector parses from the webhook's `index`th delivery, after checking its secret. */
function eventsOf(h: Harness, index: number): MessageEvent[] {
  const webhook = h.receiver.received[index];
  expect(webhook, `webhook #${index}`).toBeDefined();
  expect(h.client.verifySignature(webhook?.rawBody ?? Buffer.alloc(0), webhook?.headers ?? {})).toBe(true);
  return h.client.parseWebhook(webhook?.json) as MessageEvent[];
}

const reply = (h: Harness, message: Parameters<Harness['client']['send']>[0]['message']) =>
  h.client.send({ channelAccountId: testBot.id, to: String(chatId), message, idempotencyKey: 'k' });

describe('customer API', () => {
  it('posts a customer message as an update with the secret header, which the connector accepts', async () => {
    const h = await start();
    const answer = await h.control(`/stand-in/chats/${chatId}/messages`, {
      text: 'Where is my order?',
      firstName: 'Aiko',
      lastName: 'Tanaka',
    });
    expect(answer).toEqual({
      status: 201,
      json: { messageId: 1, updateId: expect.any(Number), delivered: true, webhookStatus: 200 },
    });
    expect(h.receiver.received[0]?.headers['x-telegram-bot-api-secret-token']).toBe(testBot.webhookSecret);
    expect(eventsOf(h, 0)).toEqual([
      {
        kind: 'message',
        eventId: `telegram:update:${String(answer.json.updateId)}`,
        channelAccountId: testBot.id,
        contact: { id: String(chatId), name: 'Aiko Tanaka' },
        platformMessageId: `${chatId}:1`,
        occurredAt: expect.any(String),
        content: { type: 'text', text: 'Where is my order?' },
      },
    ]);
  });

  it('turns a tap on a bot button into a callback query; answering it marks it answered', async () => {
    const h = await start();
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'Hi' });
    const menu = await reply(h, {
      type: 'reply_buttons',
      body: 'How can we help?',
      buttons: [{ id: 'track', title: 'Track my order' }],
    });
    const tap = await h.control(`/stand-in/chats/${chatId}/messages/2/tap`, { data: 'track' });
    expect(tap).toMatchObject({
      status: 201,
      json: { delivered: true, callbackQueryId: expect.any(String) },
    });
    const [event] = eventsOf(h, 1);
    expect(event).toMatchObject({
      content: { type: 'interactive_reply', source: 'button', replyId: 'track', title: 'Track my order' },
      replyTo: menu.platformMessageId,
      interactionId: tap.json.callbackQueryId,
    });
    await h.client.acknowledgeInteraction?.(String(event?.interactionId));
    const { json } = await h.control(`/stand-in/chats/${chatId}/messages`);
    expect((json.items as unknown[])[1]).toMatchObject({ taps: [{ data: 'track', answered: true }] });
    await expect(h.client.acknowledgeInteraction?.(String(event?.interactionId))).rejects.toMatchObject({
      platformCode: '400',
      retryable: false,
    });
    expect((await h.control(`/stand-in/chats/${chatId}/messages/2/tap`, { data: 'nope' })).status).toBe(400);
    expect((await h.control(`/stand-in/chats/${chatId}/messages/1/tap`, { data: 'track' })).status).toBe(400);
    expect((await h.control(`/stand-in/chats/${chatId}/messages/9/tap`, { data: 'track' })).status).toBe(404);
  });

  it('posts a reaction update when the customer reacts', async () => {
    const h = await start();
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'Hi' });
    const thanks = await reply(h, { type: 'text', text: 'Thanks!' });
    await h.control(`/stand-in/chats/${chatId}/messages/2/react`, { emoji: '👍' });
    expect(eventsOf(h, 1)).toEqual([
      expect.objectContaining({
        content: { type: 'reaction', messageId: thanks.platformMessageId, emoji: '👍' },
      }),
    ]);
  });

  it('lets the connector download a document the customer sent', async () => {
    const h = await start();
    const content = Buffer.from('%PDF-1.7 invoice');
    await h.control(`/stand-in/chats/${chatId}/messages`, {
      text: 'My invoice',
      document: {
        fileName: 'invoice.pdf',
        mimeType: 'application/pdf',
        contentBase64: content.toString('base64'),
      },
    });
    const [event] = eventsOf(h, 0);
    expect(event?.content).toMatchObject({
      type: 'document',
      filename: 'invoice.pdf',
      caption: 'My invoice',
      mimeType: 'application/pdf',
    });
    const media = await h.client.downloadMedia?.((event?.content as { mediaId: string }).mediaId);
    expect(media).toMatchObject({ data: content, mimeType: 'application/pdf' });
  });

  it('answers 403 once the customer blocked the bot, until they write again', async () => {
    const h = await start();
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'Hi' });
    await h.control(`/stand-in/chats/${chatId}/block`, {});
    await expect(reply(h, { type: 'text', text: 'Still there?' })).rejects.toMatchObject({
      platformCode: '403',
      retryable: false,
    });
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'Back again' });
    await expect(reply(h, { type: 'text', text: 'Welcome back' })).resolves.toEqual({
      platformMessageId: `${chatId}:3`,
    });
  });

  it('lists what the bot sent since a moment', async () => {
    const h = await start();
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'Hi' });
    await reply(h, { type: 'text', text: 'early' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    await reply(h, { type: 'location', latitude: 1, longitude: 2 });
    const recent = await h.control(`/stand-in/outbound?since=${encodeURIComponent(since)}`);
    expect(recent.json.items).toEqual([
      {
        method: 'sendLocation',
        chatId,
        messageId: 3,
        params: { chat_id: chatId, latitude: 1, longitude: 2 },
        at: expect.any(String),
      },
    ]);
    expect((await h.control('/stand-in/outbound')).json.items).toHaveLength(2);
  });

  it('retries an update the webhook refused, holding later ones back, with the same body', async () => {
    const h = await start([500, 503]);
    const first = await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'one' });
    expect(first.json).toMatchObject({ delivered: false, webhookStatus: 500 });
    await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'two' });
    await h.standIn.idle();
    expect(h.receiver.received.map((webhook) => webhook.answeredWith)).toEqual([500, 503, 200, 200]);
    expect(new Set(h.receiver.received.slice(0, 3).map((webhook) => webhook.rawBody.toString())).size).toBe(
      1,
    );
    expect(eventsOf(h, 3)[0]?.content).toEqual({ type: 'text', text: 'two' });
  });

  it('keeps updates until a webhook is set through setWebhook, then sends them with its secret', async () => {
    const h = await start([], { webhookUrl: undefined });
    expect((await h.control('/stand-in/webhook')).status).toBe(404);
    const early = await h.control(`/stand-in/chats/${chatId}/messages`, { text: 'anyone?' });
    expect(early.json).toMatchObject({ delivered: false, webhookStatus: null });
    const engine = await startWebhookReceiver();
    try {
      await createTelegramManagement(testBotConfig(h.standIn.url)).setWebhook(engine.url);
      await h.standIn.idle();
      expect(engine.received.map((webhook) => webhook.headers['x-telegram-bot-api-secret-token'])).toEqual([
        testBot.webhookSecret,
      ]);
      expect(h.client.parseWebhook(engine.received[0]?.json)).toEqual([
        expect.objectContaining({ content: { type: 'text', text: 'anyone?' } }),
      ]);
      expect(await h.control('/stand-in/webhook')).toEqual({
        status: 200,
        json: { url: engine.url, secret: testBot.webhookSecret, pendingUpdates: 0 },
      });
      const info = await (await fetch(h.methodUrl('getWebhookInfo'))).json();
      expect(info).toMatchObject({
        ok: true,
        result: {
          url: engine.url,
          pending_update_count: 0,
          allowed_updates: ['message', 'callback_query', 'message_reaction'],
        },
      });
    } finally {
      await engine.close();
    }
  });

  it('rejects bad input, naming the field', async () => {
    const h = await start();
    const noText = await h.control(`/stand-in/chats/${chatId}/messages`, { txt: 'hi' });
    expect(noText.status).toBe(400);
    expect(noText.json.issues).toEqual([expect.objectContaining({ path: 'text' })]);
    const badChat = await h.control('/stand-in/chats/abc/messages', { text: 'hi' });
    expect(badChat.json.issues).toEqual([expect.objectContaining({ path: 'chatId' })]);
    const badSince = await h.control('/stand-in/outbound?since=yesterday');
    expect(badSince).toMatchObject({
      status: 400,
      json: { issues: [expect.objectContaining({ path: 'since' })] },
    });
    expect(await h.control('/stand-in/health')).toEqual({ status: 200, json: { status: 'ok' } });
  });
});
