import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EngineClient } from '../support/clients.js';
import { getJson } from '../support/clients.js';
import { demoGreeting } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import type { Stack, TelegramStack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';

// The same conversation as on WhatsApp, over Telegram's Bot API stand-in: the engine's webhook
// route, intake, outbox, conversation workflow and send activity are channel-agnostic.

const running = useStack({ telegram: true });
let stack: Stack;
let telegram: TelegramStack;
let engine: EngineClient;

beforeAll(() => {
  ({ stack, admin: engine } = running);
  if (!stack.telegram) throw new Error('the Telegram stand-in did not start');
  telegram = stack.telegram;
});

const chatMessageSchema = z.object({
  direction: z.enum(['inbound', 'outbound']),
  type: z.string(),
  text: z.string().optional(),
});

async function chat(chatId: number) {
  const body = await getJson(`${telegram.standIn.url}/stand-in/chats/${chatId}/messages`);
  return z.object({ items: z.array(chatMessageSchema.passthrough()) }).parse(body).items;
}

/** Where the stand-in posts this bot's updates and the secret it sends: what the engine registered. */
async function webhookTarget() {
  const body = await getJson(`${telegram.standIn.url}/stand-in/webhook`);
  return z.object({ url: z.url(), secret: z.string().min(1) }).parse(body);
}

async function writeAsUser(chatId: number, text: string, firstName: string) {
  const response = await fetch(`${telegram.standIn.url}/stand-in/chats/${chatId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, firstName }),
  });
  expect(response.status).toBeLessThan(300);
}

describe('a Telegram conversation', () => {
  it('gets exactly one greeting, delivered, end to end', async () => {
    const chatId = randomInt(100_000, 999_999_999);
    const firstName = `Yuki${chatId}`;
    await writeAsUser(chatId, 'こんにちは', firstName);

    const conversation = await expectEventually(
      async () => {
        const found = await engine.conversationByContactName(firstName);
        expect(found?.channel).toBe('telegram');
        return found!;
      },
      { timeout: 60_000, description: 'the Telegram conversation' },
    );
    expect(conversation.contact.platformId).toBe(String(chatId));

    const messages = await expectEventually(
      async () => {
        const all = await engine.messages(conversation.id);
        expect(all.map((message) => message.direction)).toEqual(['inbound', 'outbound']);
        // Telegram has no delivery reports: an accepted send counts as delivered.
        expect(all[1]?.status).toBe('delivered');
        return all;
      },
      { timeout: 60_000, description: 'the inbound message and its delivered reply' },
    );
    expect(messages[0]).toMatchObject({ text: 'こんにちは', status: 'received' });
    expect(messages[1]).toMatchObject({ text: demoGreeting, sentBy: null });
    expect(messages[1]?.platformMessageId).toMatch(new RegExp(`^${chatId}:\\d+$`));

    await expectConsistently(
      async () => {
        const seen = await chat(chatId);
        expect(seen.filter((message) => message.direction === 'outbound')).toHaveLength(1);
      },
      { duration: 1_500 },
    );
    expect((await chat(chatId)).find((message) => message.direction === 'outbound')?.text).toBe(
      messages[1]?.text,
    );
  }, 120_000);

  it('rejects a delivery without the webhook secret and stores nothing', async () => {
    const update = {
      update_id: randomInt(1, 1e9),
      message: { message_id: 1, date: 1, chat: { id: 42, type: 'private' }, text: 'forged' },
    };
    const { url } = await webhookTarget();
    expect(url.startsWith(`${stack.engine.url}/webhooks/telegram/`)).toBe(true);
    for (const headers of [{}, { 'x-telegram-bot-api-secret-token': 'wrong' }]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(update),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /X-Telegram-Bot-Api-Secret-Token/,
      );
    }
    // No account takes webhooks at a path nobody was given.
    const unknown = await fetch(`${stack.engine.url}/webhooks/telegram/not-a-key`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(update),
    });
    expect(unknown.status).toBe(404);
    expect(
      (await engine.conversations()).some((conversation) => conversation.contact.platformId === '42'),
    ).toBe(false);
  });

  it('stores a redelivered update once', async () => {
    const chatId = randomInt(100_000, 999_999_999);
    const update = {
      update_id: randomInt(1, 1e9),
      message: {
        message_id: 7,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: `Dup${chatId}` },
        from: { id: chatId, is_bot: false, first_name: `Dup${chatId}` },
        text: 'twice',
      },
    };
    const target = await webhookTarget();
    const post = () =>
      fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': target.secret },
        body: JSON.stringify(update),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const conversation = await expectEventually(
      async () => (await engine.conversationByContactName(`Dup${chatId}`))!,
      {
        timeout: 30_000,
        description: 'the conversation',
      },
    );
    await expectEventually(async () => expect((await engine.messages(conversation.id)).length).toBe(2), {
      timeout: 60_000,
    });
    await expectConsistently(async () => expect((await engine.messages(conversation.id)).length).toBe(2), {
      duration: 1_500,
    });
  }, 120_000);
});
