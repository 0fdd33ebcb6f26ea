import type { ConnectorSendError, SendRequest } from '@parley/connector-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../fixtures/stand-in-harness.fixture.js';
import { testBot, testBotConfig } from '../fixtures/test-bot.fixture.js';
import { telegramConnector } from '../telegram.connector.js';

const chatId = 555000111;
let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
  await harness.control(`/stand-in/chats/${chatId}/messages`, { text: 'Hi', firstName: 'Aiko' });
});
afterEach(async () => harness.close());

async function call(method: string, params: unknown, token?: string) {
  const response = await fetch(harness.methodUrl(method, token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const send = (message: SendRequest['message'], replyTo?: string) =>
  harness.client.send({
    channelAccountId: testBot.id,
    to: String(chatId),
    message,
    idempotencyKey: 'k',
    ...(replyTo ? { replyTo } : {}),
  });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ConnectorSendError,
  );

describe('Bot API stand-in', () => {
  it('answers a wrong token 401 Unauthorized, for methods and files', async () => {
    const wrong = '7012345678:AAF-not_the_token_00000000000000000';
    expect(await call('sendMessage', { chat_id: chatId, text: 'x' }, wrong)).toEqual({
      status: 401,
      json: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect((await fetch(`${harness.standIn.url}/file/bot${wrong}/documents/file_0.pdf`)).status).toBe(401);
    const impostor = telegramConnector.create({ ...testBotConfig(harness.standIn.url), botToken: wrong });
    const error = await failure(
      impostor.send({
        channelAccountId: testBot.id,
        to: String(chatId),
        message: { type: 'text', text: 'x' },
        idempotencyKey: 'k',
      }),
    );
    expect(error).toMatchObject({ platformCode: '401', retryable: false });
    expect(error?.message).not.toContain('not_the_token');
  });

  it('answers an unknown method 404 and takes method names in any case, by GET too', async () => {
    expect(await call('sendHologram', {})).toMatchObject({
      status: 404,
      json: { ok: false, error_code: 404, description: 'Not Found' },
    });
    const me = await fetch(harness.methodUrl('GETME'));
    expect(await me.json()).toMatchObject({ ok: true, result: { id: Number(testBot.id), is_bot: true } });
    const viaQuery = await fetch(`${harness.methodUrl('sendMessage')}?chat_id=${chatId}&text=hello`);
    expect(await viaQuery.json()).toMatchObject({
      ok: true,
      result: { text: 'hello', chat: { id: chatId } },
    });
  });

  it('checks parameters and answers like Telegram', async () => {
    const cases: [string, unknown, string][] = [
      ['sendMessage', { text: 'x' }, 'Bad Request: chat_id is empty'],
      ['sendMessage', { chat_id: chatId }, 'Bad Request: message text is empty'],
      ['sendMessage', { chat_id: chatId, text: 'x'.repeat(4097) }, 'Bad Request: message is too long'],
      ['sendMessage', { chat_id: 42, text: 'x' }, 'Bad Request: chat not found'],
      [
        'sendMessage',
        {
          chat_id: chatId,
          text: 'x',
          reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'd'.repeat(65) }]] },
        },
        'Bad Request: BUTTON_DATA_INVALID',
      ],
      [
        'sendMessage',
        { chat_id: chatId, text: 'x', reply_parameters: { message_id: 99 } },
        'Bad Request: message to be replied not found',
      ],
      ['sendPhoto', { chat_id: chatId }, 'Bad Request: there is no photo in the request'],
      [
        'sendPhoto',
        { chat_id: chatId, photo: 'no-such-file' },
        'Bad Request: wrong file identifier/HTTP URL specified',
      ],
      [
        'sendLocation',
        { chat_id: chatId, latitude: 91, longitude: 0 },
        expect.stringMatching(/^Bad Request: can't parse latitude/) as unknown as string,
      ],
      [
        'setMessageReaction',
        { chat_id: chatId, message_id: 1, reaction: [{ type: 'emoji', emoji: '🦖' }] },
        'Bad Request: REACTION_INVALID',
      ],
      [
        'answerCallbackQuery',
        { callback_query_id: '123' },
        'Bad Request: query is too old and response timeout expired or query ID is invalid',
      ],
      ['getFile', { file_id: 'nope' }, 'Bad Request: invalid file_id'],
      ['sendChatAction', { chat_id: chatId }, 'Bad Request: action is empty'],
      [
        'sendChatAction',
        { chat_id: chatId, action: 'dancing' },
        'Bad Request: wrong parameter action in request',
      ],
      ['sendChatAction', { chat_id: 42, action: 'typing' }, 'Bad Request: chat not found'],
    ];
    for (const [method, params, description] of cases) {
      expect(await call(method, params), `${method} ${JSON.stringify(params).slice(0, 80)}`).toEqual({
        status: 400,
        json: { ok: false, error_code: 400, description },
      });
    }
    const notJson = await fetch(harness.methodUrl('sendMessage'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(await notJson.json()).toMatchObject({ ok: false, error_code: 400 });
  });

  it('takes every kind of message the connector sends and shows it in the chat', async () => {
    const text = await send({ type: 'text', text: 'Welcome!' }, `${chatId}:1`);
    const photo = await send({ type: 'image', link: 'https://cdn.test/box.jpg', caption: 'Your box' });
    await send({
      type: 'reply_buttons',
      body: 'Happy?',
      buttons: [
        { id: 'yes', title: 'Yes' },
        { id: 'no', title: 'No' },
      ],
    });
    await send({
      type: 'list',
      body: 'Menu',
      buttonLabel: 'Open',
      sections: [{ title: 'Tea', rows: [{ id: 'sencha', title: 'Sencha' }] }],
    });
    await send({ type: 'cta_url', body: 'Track it', displayText: 'Track', url: 'https://shop.test/t/1' });
    await send({ type: 'document', link: 'https://cdn.test/invoice.pdf', filename: 'invoice.pdf' });
    await send({
      type: 'location',
      latitude: 35.6586,
      longitude: 139.7454,
      name: 'Tokyo Tower',
      address: '4-2-8 Shibakoen',
    });
    await send({ type: 'reaction', messageId: `${chatId}:1`, emoji: '❤️' });
    expect(text.platformMessageId).toBe(`${chatId}:2`);
    expect(photo.platformMessageId).toBe(`${chatId}:3`);

    const { json } = await harness.control(`/stand-in/chats/${chatId}/messages`);
    const items = json.items as Record<string, unknown>[];
    expect(items.map((item) => [item.messageId, item.direction, item.type])).toEqual([
      [1, 'inbound', 'text'],
      [2, 'outbound', 'text'],
      [3, 'outbound', 'photo'],
      [4, 'outbound', 'text'],
      [5, 'outbound', 'text'],
      [6, 'outbound', 'text'],
      [7, 'outbound', 'document'],
      [8, 'outbound', 'venue'],
    ]);
    expect(items[0]).toMatchObject({ text: 'Hi', reactions: { bot: '❤' } });
    expect(items[1]).toMatchObject({ text: 'Welcome!', replyToMessageId: 1 });
    expect(items[2]).toMatchObject({ caption: 'Your box', fileId: expect.any(String) });
    expect(items[3]).toMatchObject({
      buttons: [[{ text: 'Yes', callback_data: 'yes' }], [{ text: 'No', callback_data: 'no' }]],
    });
    expect(items[5]).toMatchObject({ buttons: [[{ text: 'Track', url: 'https://shop.test/t/1' }]] });
    expect(items[7]).toMatchObject({ venue: { title: 'Tokyo Tower', address: '4-2-8 Shibakoen' } });

    // A file_id the stand-in gave out can be sent again.
    const reuse = await send({ type: 'image', mediaId: String(items[2]?.fileId) });
    expect(reuse.platformMessageId).toBe(`${chatId}:9`);
  });

  it('shows the typing action the connector sends, and records it as a call in the chat', async () => {
    await expect(
      harness.client.showTyping?.({
        channelAccountId: testBot.id,
        platformMessageId: `${chatId}:1`,
        to: String(chatId),
      }),
    ).resolves.toBeUndefined();
    const { json } = await harness.control('/stand-in/outbound');
    expect(json.items).toEqual([
      {
        method: 'sendChatAction',
        chatId,
        params: { chat_id: chatId, action: 'typing' },
        at: expect.any(String),
      },
    ]);
    await harness.control(`/stand-in/chats/${chatId}/block`, {});
    const blocked = await failure(
      harness.client.showTyping?.({ channelAccountId: testBot.id, platformMessageId: `${chatId}:1` }) ??
        Promise.resolve(),
    );
    expect(blocked).toMatchObject({ platformCode: '403', retryable: false });
  });

  it('refuses an emoji bots cannot react with, permanently', async () => {
    const error = await failure(send({ type: 'reaction', messageId: `${chatId}:1`, emoji: '🦖' }));
    expect(error).toMatchObject({
      platformCode: '400',
      retryable: false,
      message: 'Telegram Bot API error 400: Bad Request: REACTION_INVALID',
    });
  });
});
