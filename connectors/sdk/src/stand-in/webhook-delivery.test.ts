import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { defaultRetryPolicy, postWebhook, retryDelay } from './webhook-delivery.js';

let receiver: WebhookReceiver | undefined;
afterEach(async () => receiver?.close());

describe('retryDelay', () => {
  it('doubles the base delay after each failure, up to the maximum', () => {
    const policy = { maxAttempts: 10, baseDelayMs: 10, maxDelayMs: 50 };
    expect([1, 2, 3, 4, 5].map((failed) => retryDelay(policy, failed))).toEqual([10, 20, 40, 50, 50]);
  });

  it('waits about a minute in all by default', () => {
    const waits = Array.from({ length: defaultRetryPolicy.maxAttempts - 1 }, (_, index) =>
      retryDelay(defaultRetryPolicy, index + 1),
    );
    expect(waits.reduce((sum, wait) => sum + wait, 0)).toBe(60_750);
  });
});

describe('postWebhook', () => {
  it('posts the body as JSON with the extra headers and reports the answer', async () => {
    receiver = await startWebhookReceiver({ answers: [503] });
    const post = {
      url: receiver.url,
      body: '{"hello":"world"}',
      headers: { 'X-Signature': 'sig' },
      signal: new AbortController().signal,
    };
    expect(await postWebhook(post)).toEqual({ ok: false, status: 503 });
    expect(await postWebhook(post)).toEqual({ ok: true, status: 200 });
    const [first] = receiver.received;
    expect(first?.rawBody.toString('utf8')).toBe('{"hello":"world"}');
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.headers['x-signature']).toBe('sig');
  });

  it('gives status 0 when the target is unreachable', async () => {
    const closed = await startWebhookReceiver();
    await closed.close();
    expect(await postWebhook({ url: closed.url, body: '{}', signal: new AbortController().signal })).toEqual({
      ok: false,
      status: 0,
    });
  });

  it('gives status 0 when aborted or timed out, using the fetch it is given', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const controller = new AbortController();
    const aborted = postWebhook({
      url: 'http://unused.test',
      body: '{}',
      signal: controller.signal,
      fetch: hanging,
    });
    controller.abort();
    expect(await aborted).toEqual({ ok: false, status: 0 });
    const started = Date.now();
    const timedOut = postWebhook({
      url: 'http://unused.test',
      body: '{}',
      signal: new AbortController().signal,
      fetch: hanging,
      timeoutMs: 20,
    });
    expect(await timedOut).toEqual({ ok: false, status: 0 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
