import { Lifecycle } from '@parley/connector-sdk/stand-in';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../fixtures/webhook-receiver.fixture.js';
import { UpdateQueue } from './update-queue.js';

const retry = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 };
let receiver: WebhookReceiver | undefined;
afterEach(async () => receiver?.close());

describe('UpdateQueue', () => {
  it('drops an update after the last attempt and goes on with the next', async () => {
    receiver = await startWebhookReceiver([500, 500, 500]);
    const gaveUp: number[] = [];
    const queue = new UpdateQueue({
      lifecycle: new Lifecycle(),
      retry,
      onGiveUp: ({ updateId }) => gaveUp.push(updateId),
    });
    queue.setWebhook({ url: receiver.url, secret: undefined });
    const first = queue.enqueue({ update_id: 1, message: {} });
    const second = queue.enqueue({ update_id: 2, message: {} });
    expect(await first.done).toEqual({ delivered: false, status: 500, attempts: 3 });
    expect(await second.done).toEqual({ delivered: true, status: 200, attempts: 1 });
    expect(gaveUp).toEqual([1]);
    expect(receiver.received.map((webhook) => (webhook.json as { update_id: number }).update_id)).toEqual([
      1, 1, 1, 2,
    ]);
    expect(receiver.received[0]?.headers).not.toHaveProperty('x-telegram-bot-api-secret-token');
    expect(queue.lastError?.message).toBe('Wrong response from the webhook: 500');
  });

  it('delivers only the allowed update kinds', async () => {
    receiver = await startWebhookReceiver();
    const queue = new UpdateQueue({ lifecycle: new Lifecycle(), retry });
    queue.allowedUpdates = ['message'];
    queue.setWebhook({ url: receiver.url, secret: 's' });
    expect(await queue.enqueue({ update_id: 1, message_reaction: {} }).done).toEqual({
      delivered: false,
      status: null,
      attempts: 0,
    });
    expect(await queue.enqueue({ update_id: 2, message: {} }).done).toMatchObject({ delivered: true });
    expect(receiver.received).toHaveLength(1);
  });

  it('stops retrying when closed', async () => {
    receiver = await startWebhookReceiver([500, 500, 500]);
    const lifecycle = new Lifecycle();
    const queue = new UpdateQueue({
      lifecycle,
      retry: { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    queue.setWebhook({ url: receiver.url, secret: 's' });
    const delivery = queue.enqueue({ update_id: 1, message: {} });
    await delivery.first;
    const started = Date.now();
    lifecycle.close();
    await queue.idle();
    queue.close();
    expect(await delivery.done).toEqual({ delivered: false, status: null, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
