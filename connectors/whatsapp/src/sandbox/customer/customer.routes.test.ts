import { afterEach, describe, expect, it } from 'vitest';
import { harnessPhoneNumberId, startHarness, type Harness } from '../../fixtures/sandbox-harness.fixture.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(receiverAnswers: number[] = []): Promise<Harness> {
  harness = await startHarness(receiverAnswers);
  return harness;
}

async function call(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${harness?.sandbox.url}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('customer API', () => {
  it('posts a signed inbound text webhook that the connector accepts', async () => {
    const { receiver, client } = await start();
    const answer = await call('/sandbox/customers/16505551234/messages', {
      method: 'POST',
      body: { text: 'Where is my order?', name: 'Sheena' },
    });
    expect(answer).toEqual({
      status: 201,
      json: {
        id: expect.stringMatching(/^wamid\./),
        userId: expect.stringMatching(/^US\.\d{20}$/),
        delivered: true,
        webhookStatus: 200,
      },
    });
    expect(receiver.received).toHaveLength(1);
    const [webhook] = receiver.received;
    expect(client.verifySignature(webhook!.rawBody, webhook!.headers)).toBe(true);
    const events = client.parseWebhook(webhook!.json);
    expect(events).toEqual([
      {
        kind: 'message',
        eventId: `whatsapp:msg:${String(answer.json.id)}`,
        channelAccountId: harnessPhoneNumberId,
        contact: { id: '16505551234', userId: answer.json.userId, name: 'Sheena' },
        platformMessageId: answer.json.id,
        occurredAt: expect.any(String),
        content: { type: 'text', text: 'Where is my order?' },
      },
    ]);
  });

  it('rejects bad input, naming the field', async () => {
    await start();
    const noText = await call('/sandbox/customers/16505551234/messages', {
      method: 'POST',
      body: { txt: 'hi' },
    });
    expect(noText.status).toBe(400);
    expect(noText.json.issues).toEqual([expect.objectContaining({ path: 'text' })]);
    const badWaId = await call('/sandbox/customers/not-a-number/messages', {
      method: 'POST',
      body: { text: 'hi' },
    });
    expect(badWaId.status).toBe(400);
    expect(badWaId.json.issues).toEqual([expect.objectContaining({ path: 'waId' })]);
    const badSince = await call('/sandbox/outbound?since=yesterday');
    expect(badSince.status).toBe(400);
    expect(badSince.json.issues).toEqual([expect.objectContaining({ path: 'since' })]);
  });

  it("shows the customer's conversation in order, with the business's replies and their status", async () => {
    const { client, sandbox } = await start();
    const inbound = await call('/sandbox/customers/16505551234/messages', {
      method: 'POST',
      body: { text: 'Hi' },
    });
    const reply = await client.send({
      channelAccountId: harnessPhoneNumberId,
      to: '16505551234',
      message: { type: 'text', text: 'Hello!' },
      idempotencyKey: 'r1',
    });
    await sandbox.idle();
    const conversation = await call('/sandbox/customers/16505551234/messages');
    expect(conversation.json.items).toEqual([
      {
        id: inbound.json.id,
        direction: 'inbound',
        phoneNumberId: harnessPhoneNumberId,
        text: 'Hi',
        type: 'text',
        content: { body: 'Hi' },
        timestamp: expect.any(String),
        readByBusiness: false,
      },
      {
        id: reply.platformMessageId,
        direction: 'outbound',
        phoneNumberId: harnessPhoneNumberId,
        text: 'Hello!',
        type: 'text',
        content: { body: 'Hello!', preview_url: false },
        timestamp: expect.any(String),
        status: 'read',
      },
    ]);
    expect((await call('/sandbox/customers/19995550000/messages')).json).toEqual({
      items: [],
      businessTyping: false,
      businessTypingFrom: [],
    });
  });

  it('lists what the business sent since a moment', async () => {
    const { client } = await start();
    const send = (to: string, key: string) =>
      client.send({
        channelAccountId: harnessPhoneNumberId,
        to,
        message: { type: 'text', text: `to ${to}` },
        idempotencyKey: key,
      });
    const early = await send('16505550001', 'a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    const late = await send('16505550002', 'b');
    const all = await call('/sandbox/outbound');
    expect((all.json.items as unknown[]).map((item) => (item as { id: string }).id)).toEqual([
      early.platformMessageId,
      late.platformMessageId,
    ]);
    const recent = await call(`/sandbox/outbound?since=${encodeURIComponent(since)}`);
    expect(recent.json.items).toEqual([
      {
        id: late.platformMessageId,
        to: '16505550002',
        type: 'text',
        text: 'to 16505550002',
        acceptedAt: expect.any(String),
        idempotencyKey: 'b',
      },
    ]);
  });

  it('retries a webhook the engine answered with 500 until it is taken', async () => {
    const { receiver, sandbox } = await start([500, 500]);
    const answer = await call('/sandbox/customers/16505551234/messages', {
      method: 'POST',
      body: { text: 'Anyone there?' },
    });
    expect(answer.json).toMatchObject({ delivered: false, webhookStatus: 500 });
    await sandbox.idle();
    expect(receiver.received.map((webhook) => webhook.answeredWith)).toEqual([500, 500, 200]);
    expect(new Set(receiver.received.map((webhook) => webhook.rawBody.toString())).size).toBe(1);
  });

  it('answers health checks', async () => {
    await start();
    expect(await call('/sandbox/health')).toEqual({ status: 200, json: { status: 'ok' } });
  });
});
