import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

let receiver: WebhookReceiver | undefined;
afterEach(async () => receiver?.close());

async function post(url: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test': 'yes' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('startWebhookReceiver', () => {
  it('keeps every request raw and parsed, answering with the queued statuses and then 200', async () => {
    receiver = await startWebhookReceiver({ answers: [500, 503] });
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks$/);
    expect(await post(receiver.url, '{"n":1}')).toEqual({ status: 500, text: 'nope' });
    expect(await post(receiver.url, '{"n":2}')).toEqual({ status: 503, text: 'nope' });
    expect(await post(receiver.url, '{"n":3}')).toEqual({ status: 200, text: 'ok' });
    expect(receiver.received.map((webhook) => webhook.json)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(receiver.received.map((webhook) => webhook.answeredWith)).toEqual([500, 503, 200]);
    expect(receiver.received[0]?.rawBody.toString('utf8')).toBe('{"n":1}');
    expect(receiver.received[0]?.headers['x-test']).toBe('yes');
    expect(receiver.answers).toEqual([]);
  });

  it('takes answers queued later, and the path and success body of the platform it stands for', async () => {
    receiver = await startWebhookReceiver({ path: '/webhooks/demo', okBody: 'EVENT_RECEIVED' });
    expect(new URL(receiver.url).pathname).toBe('/webhooks/demo');
    receiver.answers.push(429);
    expect(await post(receiver.url, '{}')).toEqual({ status: 429, text: 'nope' });
    expect(await post(receiver.url, '{}')).toEqual({ status: 200, text: 'EVENT_RECEIVED' });
  });

  it('stops listening on close', async () => {
    const closing = await startWebhookReceiver();
    await closing.close();
    await expect(post(closing.url, '{}')).rejects.toThrow();
  });
});
