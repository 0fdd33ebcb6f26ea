import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { testBot, testBotConfig } from './fixtures/test-bot.fixture.js';
import { telegramConnector } from './telegram.connector.js';

function fakeBotApi(answer: () => Response) {
  const calls: { url: string; body: unknown }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({ url: request.url, body: JSON.parse(await request.text()) as unknown });
    return answer();
  }) as typeof globalThis.fetch;
  return { calls, client: telegramConnector.create(testBotConfig('http://tg.test'), { fetch }) };
}

const chatId = testBot.customerChatId;
const typing = {
  channelAccountId: testBot.id,
  platformMessageId: `${chatId}:42`,
  to: String(chatId),
};
const failure = (promise: Promise<void> | undefined) =>
  (promise ?? Promise.resolve()).then(
    () => undefined,
    (error: unknown) => error,
  );

describe('showTyping', () => {
  it('sends the typing chat action to the chat in `to`', async () => {
    const api = fakeBotApi(() => Response.json({ ok: true, result: true }));
    await expect(api.client.showTyping?.(typing)).resolves.toBeUndefined();
    expect(api.calls).toEqual([
      {
        url: `http://tg.test/bot${testBot.token}/sendChatAction`,
        body: { chat_id: chatId, action: 'typing' },
      },
    ]);
  });

  it('falls back to the chat of the message answered, and refuses when neither names a chat', async () => {
    const api = fakeBotApi(() => Response.json({ ok: true, result: true }));
    await api.client.showTyping?.({ channelAccountId: testBot.id, platformMessageId: `${chatId}:42` });
    expect(api.calls.map((call) => call.body)).toEqual([{ chat_id: chatId, action: 'typing' }]);
    const error = await failure(
      api.client.showTyping?.({ channelAccountId: testBot.id, platformMessageId: 'update:9' }),
    );
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({ platformCode: 'invalid_request', retryable: false });
    expect(api.calls).toHaveLength(1);
  });

  it('refuses to act for another bot, before any request', async () => {
    const api = fakeBotApi(() => Response.json({ ok: true, result: true }));
    const error = await failure(api.client.showTyping?.({ ...typing, channelAccountId: '999' }));
    expect(error).toMatchObject({ platformCode: 'channel_account_mismatch', retryable: false });
    expect(api.calls).toHaveLength(0);
  });

  it.each([
    // [HTTP status, description, retryable, retry after]
    [403, 'Forbidden: bot was blocked by the user', false, undefined],
    [400, 'Bad Request: chat not found', false, undefined],
    [429, 'Too Many Requests: retry after 3', true, 3_000],
    [502, 'Bad Gateway', true, undefined],
  ])('classifies HTTP %i (%s) as retryable %s', async (status, description, retryable, retryAfterMs) => {
    const api = fakeBotApi(() =>
      Response.json(
        {
          ok: false,
          error_code: status,
          description,
          ...(retryAfterMs === undefined ? {} : { parameters: { retry_after: retryAfterMs / 1000 } }),
        },
        { status },
      ),
    );
    const error = await failure(api.client.showTyping?.(typing));
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({ platformCode: String(status), retryable, retryAfterMs });
  });

  it('is retryable when Telegram cannot be reached, and permanent on an unexpected answer', async () => {
    const unreachable = telegramConnector.create(testBotConfig('http://tg.test'), {
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await failure(unreachable.showTyping?.(typing))).toMatchObject({
      platformCode: 'network',
      retryable: true,
    });
    const odd = fakeBotApi(() => Response.json({ ok: true, result: { what: 'no' } }));
    expect(await failure(odd.client.showTyping?.(typing))).toMatchObject({
      platformCode: 'invalid_response',
      retryable: false,
    });
  });

  it('has no markRead: Telegram sends bots’ customers no read receipts', () => {
    expect(fakeBotApi(() => new Response()).client.markRead).toBeUndefined();
  });
});
