import { CapabilityError, ConnectorSendError, type SendRequest } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { testBot, testBotConfig } from './fixtures/test-bot.fixture.js';
import { createTelegramClient } from './telegram.connector.js';

interface Recorded {
  url: string;
  contentType: string | null;
  body: unknown;
}

function platform(answer: (signal: AbortSignal | undefined) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({
      url: request.url,
      contentType: request.headers.get('content-type'),
      body: JSON.parse(await request.text()),
    });
    return answer(init?.signal ?? undefined);
  }) as typeof globalThis.fetch;
  return {
    requests,
    client: createTelegramClient(testBotConfig('http://tg.test/'), { fetch, timeoutMs: 500 }),
  };
}

const sent = (result: unknown) => () => Response.json({ ok: true, result });
const request = (message: SendRequest['message'], extra: Partial<SendRequest> = {}): SendRequest => ({
  channelAccountId: testBot.id,
  to: String(testBot.customerChatId),
  message,
  idempotencyKey: 'k-1',
  ...extra,
});

describe('send', () => {
  it('POSTs JSON to {apiBaseUrl}/bot{token}/{method} and answers with chat:message as the platform id', async () => {
    const { client, requests } = platform(
      sent({ message_id: 77, chat: { id: testBot.customerChatId, type: 'private' }, date: 1 }),
    );
    await expect(client.send(request({ type: 'text', text: 'Hello', previewUrl: true }))).resolves.toEqual({
      platformMessageId: `${testBot.customerChatId}:77`,
    });
    expect(requests).toEqual([
      {
        url: `http://tg.test/bot${testBot.token}/sendMessage`,
        contentType: 'application/json',
        body: { chat_id: testBot.customerChatId, text: 'Hello' },
      },
    ]);
  });

  it('refuses a recipient known only by a business-scoped user id, and sends by chat id when it has one', async () => {
    const { client, requests } = platform(
      sent({ message_id: 78, chat: { id: testBot.customerChatId, type: 'private' }, date: 1 }),
    );
    const { to: _to, ...withoutChat } = request({ type: 'text', text: 'Hello' });
    const error = await client.send({ ...withoutChat, toUserId: 'US.1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CapabilityError);
    expect((error as CapabilityError).issues).toEqual([
      {
        path: 'toUserId',
        limit: 'businessScopedUserIds',
        message: 'Telegram cannot address a recipient by a business-scoped user id alone',
      },
    ]);
    expect(requests).toHaveLength(0);
    await client.send(request({ type: 'text', text: 'Hello' }, { toUserId: 'US.1' }));
    expect(requests.map((recorded) => recorded.body)).toEqual([
      expect.objectContaining({ chat_id: testBot.customerChatId, text: 'Hello' }),
    ]);
  });

  it('answers a reaction with the id of the message reacted to (Telegram answers only true)', async () => {
    const { client, requests } = platform(sent(true));
    const target = `${testBot.customerChatId}:5`;
    await expect(client.send(request({ type: 'reaction', messageId: target, emoji: '👍' }))).resolves.toEqual(
      { platformMessageId: target },
    );
    expect(requests[0]?.url).toMatch(/\/setMessageReaction$/);
  });

  it('refuses before any request what Telegram cannot carry, naming the limit', async () => {
    const { client, requests } = platform(sent(true));
    const error = await client
      .send(
        request({
          type: 'reply_buttons',
          body: 'x',
          buttons: [{ id: '日本語'.repeat(8), title: 'Japanese' }],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CapabilityError);
    expect((error as CapabilityError).issues).toEqual([
      {
        path: 'buttons.0.id',
        limit: 'replyButtons.maxIdLength',
        message: "button id is 72 bytes; Telegram's limit is 64 bytes",
      },
    ]);
    expect(requests).toEqual([]);
  });

  it('refuses to send as another channel account than its bot', async () => {
    const { client, requests } = platform(sent(true));
    await expect(
      client.send(request({ type: 'text', text: 'hi' }, { channelAccountId: '999' })),
    ).rejects.toMatchObject({
      platformCode: 'channel_account_mismatch',
      retryable: false,
    });
    expect(requests).toEqual([]);
  });

  it("keeps retry_after of a flood-control answer and Telegram's description", async () => {
    const { client } = platform(() =>
      Response.json(
        {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 7',
          parameters: { retry_after: 7 },
        },
        { status: 429 },
      ),
    );
    const error = await client.send(request({ type: 'text', text: 'hi' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({
      platformCode: '429',
      retryable: true,
      httpStatus: 429,
      retryAfterMs: 7000,
      message: 'Telegram Bot API error 429: Too Many Requests: retry after 7',
    });
  });

  it('treats an accepted send with an unreadable answer as permanent (a retry could send twice)', async () => {
    const { client } = platform(sent({ unexpected: true }));
    await expect(client.send(request({ type: 'text', text: 'hi' }))).rejects.toMatchObject({
      platformCode: 'invalid_response',
      retryable: false,
    });
  });

  it('never puts the bot token in an error, even when the failure names the URL', async () => {
    const secretPart = testBot.token.split(':')[1] ?? '';
    const { client } = platform(() => {
      throw new TypeError(`fetch failed for http://tg.test/bot${testBot.token}/sendMessage`, {
        cause: { code: 'ECONNRESET' },
      });
    });
    const error = (await client
      .send(request({ type: 'text', text: 'hi' }))
      .catch((caught: unknown) => caught)) as ConnectorSendError;
    expect(error).toMatchObject({ platformCode: 'network', retryable: true });
    expect(error.message).toContain('<bot token>');
    expect(error.message).toContain('ECONNRESET');
    expect(JSON.stringify({ message: error.message, stack: error.stack, cause: error.cause })).not.toContain(
      secretPart,
    );
  });

  it('classifies a timeout as a retryable network failure', async () => {
    // Like fetch, the fake platform gives up when the request's signal aborts.
    const { client } = platform(
      (signal) =>
        new Promise<Response>((_, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason as Error)),
        ),
    );
    await expect(client.send(request({ type: 'text', text: 'hi' }))).rejects.toMatchObject({
      platformCode: 'network',
      retryable: true,
      message: 'Telegram Bot API request failed: timed out',
    });
  });
});
