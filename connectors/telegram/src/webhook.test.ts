import { WebhookPayloadError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { interactionUpdates } from './fixtures/interaction-updates.fixture.js';
import { customerChat, customerUser, sentAt, testBot } from './fixtures/test-bot.fixture.js';
import { verifySecretToken } from './signature.js';
import { parseTelegramUpdate } from './webhook.js';

const tappedAt = new Date('2026-11-28T10:15:00.000Z');
const parse = (body: unknown) => parseTelegramUpdate(body, { botId: testBot.id, now: () => tappedAt });

describe('parseTelegramUpdate', () => {
  it('dates a button tap when it is parsed, since Telegram does not date it', () => {
    const [tap] = interactionUpdates;
    expect(parse(tap?.body)).toEqual([
      expect.objectContaining({ occurredAt: tappedAt.toISOString(), interactionId: '4382bfdwdsb323b2d9' }),
    ]);
  });

  it('derives the event id from update_id only', () => {
    const update = (text: string) => ({
      update_id: 424242,
      message: { message_id: 1, from: customerUser, chat: customerChat, date: sentAt, text },
    });
    expect(parse(update('a'))[0]?.eventId).toBe('telegram:update:424242');
    expect(parse(update('b'))[0]?.eventId).toBe('telegram:update:424242');
  });

  it('names the contact by username when there is no other name, and reads a callback game as unsupported', () => {
    const chat = { id: 9, type: 'private', username: 'ghost' };
    const [message] = parse({ update_id: 1, message: { message_id: 1, chat, date: sentAt, text: 'hi' } });
    expect(message).toMatchObject({ contact: { id: '9', name: 'ghost' } });
    const [game] = parse({
      update_id: 2,
      callback_query: { id: 'g', from: customerUser, chat_instance: '1', game_short_name: 'tetris' },
    });
    expect(game).toMatchObject({ content: { type: 'unsupported', platformType: 'callback_game' } });
  });

  it("carries the chat's username, or in a private chat the sender's, never a group member's", () => {
    const message = (chat: object, from: object) =>
      parse({ update_id: 3, message: { message_id: 1, from, chat, date: sentAt, text: 'hi' } })[0];
    const privateChat = { id: 9, type: 'private', first_name: 'Aiko' };
    expect(message(privateChat, customerUser)).toMatchObject({ contact: { id: '9', username: 'aiko_t' } });
    const publicGroup = { id: -100, type: 'supergroup', title: 'Shop VIPs', username: 'shopvips' };
    expect(message(publicGroup, customerUser)).toMatchObject({ contact: { username: 'shopvips' } });
    const group = { id: -101, type: 'group', title: 'Family' };
    expect(message(group, customerUser)).toEqual(
      expect.objectContaining({ contact: { id: '-101', name: 'Family' } }),
    );
  });

  it('reports where an update is malformed', () => {
    const error = (() => {
      try {
        parse({ update_id: 7, message: { message_id: 1, chat: { id: 'x', type: 'private' }, date: sentAt } });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect((error as WebhookPayloadError).issues).toEqual([
      expect.objectContaining({ path: 'message.chat.id' }),
    ]);
    expect((error as WebhookPayloadError).message).toMatch(/^Not a Telegram update: message\.chat\.id /);
  });
});

describe('verifySecretToken', () => {
  const secret = testBot.webhookSecret;
  it('takes the header in any case, once', () => {
    expect(verifySecretToken(secret, { 'X-Telegram-Bot-Api-Secret-Token': secret })).toBe(true);
    expect(verifySecretToken(secret, { 'x-telegram-bot-api-secret-token': [secret] })).toBe(true);
    expect(verifySecretToken(secret, { 'x-telegram-bot-api-secret-token': [secret, secret] })).toBe(false);
  });
  it('refuses a wrong, shorter or longer secret', () => {
    for (const value of ['nope', secret.slice(0, -1), `${secret}x`, '']) {
      expect(verifySecretToken(secret, { 'x-telegram-bot-api-secret-token': value })).toBe(false);
    }
  });
});
