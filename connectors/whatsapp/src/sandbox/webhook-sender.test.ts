import { Lifecycle } from '@parley/connector-sdk/stand-in';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../fixtures/webhook-receiver.fixture.js';
import { verifyWebhookSignature } from '../signature.js';
import { WebhookSender } from './webhook-sender.js';

const retry = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 };
let receiver: WebhookReceiver | undefined;
afterEach(async () => receiver?.close());

describe('WebhookSender', () => {
  it('signs each attempt and retries non-2xx answers with backoff', async () => {
    receiver = await startWebhookReceiver([500, 503]);
    const sender = new WebhookSender({
      url: receiver.url,
      appSecret: 's3cret',
      lifecycle: new Lifecycle(),
      retry,
    });
    const delivery = sender.deliver({ hello: 'world' });
    expect(await delivery.first).toEqual({ ok: false, status: 500 });
    expect(await delivery.done).toEqual({ ok: true, status: 200, attempts: 3 });
    for (const webhook of receiver.received) {
      expect(verifyWebhookSignature('s3cret', webhook.rawBody, webhook.headers)).toBe(true);
      expect(webhook.json).toEqual({ hello: 'world' });
    }
  });

  it('gives up after the last attempt when the target is unreachable', async () => {
    receiver = await startWebhookReceiver();
    const url = receiver.url;
    await receiver.close();
    receiver = undefined;
    const gaveUp: number[] = [];
    const sender = new WebhookSender({
      url,
      appSecret: 's',
      lifecycle: new Lifecycle(),
      retry,
      onGiveUp: (result) => gaveUp.push(result.attempts),
    });
    const delivery = sender.deliver({});
    expect(await delivery.first).toEqual({ ok: false, status: 0 });
    expect(await delivery.done).toEqual({ ok: false, status: 0, attempts: 4 });
    expect(gaveUp).toEqual([4]);
  });

  it('stops retrying when closed', async () => {
    receiver = await startWebhookReceiver([500, 500, 500, 500]);
    const lifecycle = new Lifecycle();
    const sender = new WebhookSender({
      url: receiver.url,
      appSecret: 's',
      lifecycle,
      retry: { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const delivery = sender.deliver({});
    await delivery.first;
    const started = Date.now();
    await lifecycle.close();
    expect(await delivery.done).toEqual({ ok: false, status: 500, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(receiver.received).toHaveLength(1);
  });
});
