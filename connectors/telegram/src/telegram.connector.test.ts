import { describe, expect, it } from 'vitest';
import { createTelegramManagement, TELEGRAM_ALLOWED_UPDATES } from './bot-management.js';
import { testBot, testBotConfig } from './fixtures/test-bot.fixture.js';
import { telegramConnector } from './telegram.connector.js';

function fakeBotApi(answer: (url: string, body: unknown) => Response) {
  const calls: { url: string; body: unknown }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    calls.push({ url: request.url, body });
    return answer(request.url, body);
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('telegramConnector', () => {
  it('parses its config with the default API origin and lists the secrets', () => {
    expect(
      telegramConnector.configSchema.parse({ botToken: testBot.token, webhookSecret: testBot.webhookSecret }),
    ).toEqual({
      apiBaseUrl: 'https://api.telegram.org',
      botToken: testBot.token,
      webhookSecret: testBot.webhookSecret,
    });
    expect([...telegramConnector.secretKeys].sort()).toEqual(['botToken', 'webhookSecret']);
    expect(telegramConnector.manifest).toMatchObject({
      id: 'telegram',
      capabilities: { deliveryReports: false, customerServiceWindowHours: null },
    });
  });

  it('does not echo the token when the config is refused', () => {
    const result = telegramConnector.configSchema.safeParse({
      botToken: 'x:short-secret-value',
      webhookSecret: 'ok',
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain('short-secret-value');
  });

  it('answers a callback query to acknowledge a tap', async () => {
    const api = fakeBotApi(() => Response.json({ ok: true, result: true }));
    const client = telegramConnector.create(testBotConfig('http://tg.test'), { fetch: api.fetch });
    await client.acknowledgeInteraction?.('4382bfdwdsb323b2d9');
    expect(api.calls).toEqual([
      {
        url: `http://tg.test/bot${testBot.token}/answerCallbackQuery`,
        body: { callback_query_id: '4382bfdwdsb323b2d9' },
      },
    ]);
  });

  it('downloads media with getFile and the file server, typing it by extension', async () => {
    const pdf = Buffer.from('%PDF-1.7 test');
    const api = fakeBotApi((url) =>
      url.endsWith('/getFile')
        ? Response.json({
            ok: true,
            result: {
              file_id: 'doc-1',
              file_unique_id: 'u',
              file_size: pdf.length,
              file_path: 'documents/file_3.pdf',
            },
          })
        : new Response(pdf, { headers: { 'content-type': 'application/octet-stream' } }),
    );
    const client = telegramConnector.create(testBotConfig('http://tg.test'), { fetch: api.fetch });
    const media = await client.downloadMedia?.('doc-1');
    expect(media).toEqual({ data: pdf, mimeType: 'application/pdf', filename: 'file_3.pdf' });
    expect(api.calls.map((call) => call.url)).toEqual([
      `http://tg.test/bot${testBot.token}/getFile`,
      `http://tg.test/file/bot${testBot.token}/documents/file_3.pdf`,
    ]);
  });

  it('refuses a file Telegram will not hand out, permanently', async () => {
    const api = fakeBotApi(() =>
      Response.json(
        { ok: false, error_code: 400, description: 'Bad Request: file is too big' },
        { status: 400 },
      ),
    );
    const client = telegramConnector.create(testBotConfig('http://tg.test'), { fetch: api.fetch });
    await expect(client.downloadMedia?.('big')).rejects.toMatchObject({
      platformCode: '400',
      retryable: false,
    });
  });
});

describe('createTelegramManagement', () => {
  it('sets the webhook with the secret and the update kinds Parley reads', async () => {
    const api = fakeBotApi(() => Response.json({ ok: true, result: true, description: 'Webhook was set' }));
    await createTelegramManagement(testBotConfig('http://tg.test'), { fetch: api.fetch }).setWebhook(
      'https://parley.test/webhooks/telegram',
    );
    expect(api.calls).toEqual([
      {
        url: `http://tg.test/bot${testBot.token}/setWebhook`,
        body: {
          url: 'https://parley.test/webhooks/telegram',
          secret_token: testBot.webhookSecret,
          allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
        },
      },
    ]);
  });

  it('tells who the token belongs to', async () => {
    const api = fakeBotApi(() =>
      Response.json({
        ok: true,
        result: { id: 7012345678, is_bot: true, first_name: 'Parley', username: 'parley_bot' },
      }),
    );
    await expect(createTelegramManagement(testBotConfig(), { fetch: api.fetch }).getMe()).resolves.toEqual({
      id: 7012345678,
      firstName: 'Parley',
      username: 'parley_bot',
    });
  });
});
