import { CapabilityError, ConnectorSendError, type SendRequest } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { buildSendRequest, sendMessage } from './send.js';
import { loadMetaSpec } from './spec/meta-spec.js';

const config = { apiBaseUrl: 'https://graph.example.test/', graphVersion: 'v23.0', accessToken: 'token-1' };
const request: SendRequest = {
  channelAccountId: '106540352242922',
  to: '16505551234',
  message: { type: 'text', text: 'Your order is ready' },
  idempotencyKey: 'send-42',
};

type Call = { url: string; init: RequestInit };
function fakeFetch(answer: (call: Call) => Promise<Response> | Response): {
  fetch: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

async function sendError(promise: Promise<unknown>): Promise<ConnectorSendError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ConnectorSendError))
    throw new Error(`expected ConnectorSendError, got ${String(error)}`);
  return error;
}

describe('buildSendRequest', () => {
  it("builds a text message that validates against Meta's spec", () => {
    const { url, init } = buildSendRequest(config, {
      ...request,
      message: { type: 'text', text: 'See https://parley.dev', previewUrl: true },
    });
    expect(url).toBe('https://graph.example.test/v23.0/106540352242922/messages');
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer token-1',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'send-42',
    });
    const body: unknown = JSON.parse(init.body);
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'text',
      text: { body: 'See https://parley.dev', preview_url: true },
    });
    expect(loadMetaSpec().requestBody('/{Version}/{Phone-Number-ID}/messages', 'post')(body)).toEqual([]);
  });
});

describe('sendMessage', () => {
  it('refuses a message WhatsApp cannot carry without any request', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ messages: [{ id: 'wamid.X' }] }));
    const buttons = [1, 2, 3, 4].map((n) => ({ id: `b${n}`, title: `B${n}` }));
    const error = await sendMessage(
      config,
      { ...request, message: { type: 'reply_buttons', body: 'Pick', buttons } },
      { fetch },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CapabilityError);
    expect((error as CapabilityError).message).toBe('WhatsApp allows at most 3 reply buttons');
    expect(calls).toHaveLength(0);
  });

  it('sends replies with context and reports a recipient id Meta changed', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json({
        contacts: [{ input: '+1 650 555 1234', wa_id: '16505551234' }],
        messages: [{ id: 'wamid.R' }],
      }),
    );
    const sent = await sendMessage(
      config,
      { ...request, to: '+1 650 555 1234', replyTo: 'wamid.Q' },
      { fetch },
    );
    expect(sent).toEqual({ platformMessageId: 'wamid.R', recipientId: '16505551234' });
    const body = JSON.parse(String(calls[0]?.init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ to: '+1 650 555 1234', context: { message_id: 'wamid.Q' } });
    expect(new Headers(calls[0]?.init.headers).get('idempotency-key')).toBe('send-42');
  });

  it("sends to a customer known only by BSUID as `recipient`, valid against Meta's spec", async () => {
    const bsuid = 'US.13491208655302741918';
    const { fetch, calls } = fakeFetch(() =>
      Response.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: bsuid, user_id: bsuid }],
        messages: [{ id: 'wamid.U' }],
      }),
    );
    const { to: _to, ...byUserId } = request;
    const sent = await sendMessage(config, { ...byUserId, toUserId: bsuid }, { fetch });
    expect(sent).toEqual({ platformMessageId: 'wamid.U', recipientUserId: bsuid });
    const body = JSON.parse(String(calls[0]?.init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ recipient: bsuid });
    expect(body).not.toHaveProperty('to');
    expect(loadMetaSpec().requestBody('/{Version}/{Phone-Number-ID}/messages', 'post')(body)).toEqual([]);
  });

  it('sends to the phone number alone when both are known (Meta lets `to` win anyway)', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ messages: [{ id: 'wamid.P' }] }));
    await sendMessage(config, { ...request, toUserId: 'US.1' }, { fetch });
    const body = JSON.parse(String(calls[0]?.init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ to: '16505551234' });
    expect(body).not.toHaveProperty('recipient');
  });

  it('refuses a send without any recipient before any request, and keeps 131062 final', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json(
        {
          error: {
            message:
              '(#131062) Business-scoped User ID (BSUID) recipients are not supported for this message.',
            type: 'OAuthException',
            code: 131062,
            error_data: { messaging_product: 'whatsapp', details: 'Send OTP templates to the phone number.' },
          },
        },
        { status: 400 },
      ),
    );
    const { to: _to, ...nobody } = request;
    expect(await sendError(sendMessage(config, nobody, { fetch }))).toMatchObject({
      platformCode: 'invalid_request',
      retryable: false,
    });
    expect(calls).toHaveLength(0);
    const refused = await sendError(sendMessage(config, { ...nobody, toUserId: 'US.1' }, { fetch }));
    expect(refused).toMatchObject({ platformCode: '131062', retryable: false });
    expect(refused.message).toContain('Send OTP templates to the phone number.');
  });

  it('passes on how long Meta wants the sender to wait', async () => {
    const { fetch } = fakeFetch(() =>
      Response.json(
        { error: { message: 'Pair rate limit', code: 131056, type: 'OAuthException' } },
        { status: 400 },
      ),
    );
    expect(await sendError(sendMessage(config, request, { fetch }))).toMatchObject({
      platformCode: '131056',
      retryable: true,
      retryAfterMs: 6_000,
    });
  });

  it('posts the request and returns the wamid', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: '16505551234', wa_id: '16505551234' }],
        messages: [{ id: 'wamid.ABC=' }],
      }),
    );
    await expect(sendMessage(config, request, { fetch })).resolves.toEqual({
      platformMessageId: 'wamid.ABC=',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it("throws Meta's error classified", async () => {
    const { fetch } = fakeFetch(() =>
      Response.json(
        {
          error: {
            message: '(#131047) Re-engagement message',
            type: 'OAuthException',
            code: 131047,
            fbtrace_id: 'x',
          },
        },
        { status: 400 },
      ),
    );
    const error = await sendError(sendMessage(config, request, { fetch }));
    expect(error).toMatchObject({ platformCode: '131047', retryable: false, httpStatus: 400 });
  });

  it('treats a 5xx HTML page as retryable', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await sendError(sendMessage(config, request, { fetch }))).toMatchObject({
      platformCode: 'http_502',
      retryable: true,
    });
  });

  it('turns a refused connection into a retryable network error', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    expect(await sendError(sendMessage(config, request, { fetch }))).toMatchObject({
      platformCode: 'network',
      retryable: true,
    });
  });

  it('gives up after the timeout with a retryable network error', async () => {
    const { fetch } = fakeFetch(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const started = Date.now();
    const error = await sendError(sendMessage(config, request, { fetch, timeoutMs: 50 }));
    expect(error).toMatchObject({ platformCode: 'network', retryable: true });
    expect(error.message).toContain('timed out');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a success answer without a message id, without inviting a retry', async () => {
    const { fetch } = fakeFetch(() => Response.json({ messaging_product: 'whatsapp', messages: [] }));
    expect(await sendError(sendMessage(config, request, { fetch }))).toMatchObject({
      platformCode: 'invalid_response',
      retryable: false,
    });
  });
});
