import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, deadLetterDetailSchema, deadLetterSchema, pageSchema } from '@parley/contracts';
import type { EngineClient } from '../support/clients.js';
import { SandboxClient, type Message } from '../support/clients.js';
import { demoGreeting } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';
import { inboundTextWebhook, postWebhook, signWebhook } from '../support/webhooks.js';

// One real stack (Temporal dev server, WhatsApp sandbox, engine) for the whole file; every test
// uses customers of its own, so the tests do not see each other's conversations.

const running = useStack({ statusDelaysMs: '50,150,300' });
let stack: Stack;
let engine: EngineClient;
let sandbox: SandboxClient;

beforeAll(() => {
  ({ stack, admin: engine } = running);
  sandbox = new SandboxClient(stack.sandbox.url);
});

let customers = 0;
function newCustomer(label: string): { waId: string; name: string } {
  customers += 1;
  const waId = `4477${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  return { waId, name: `E2E ${label} ${customers} ${waId}` };
}

async function conversationMessages(name: string): Promise<Message[]> {
  const conversation = await engine.conversationByContactName(name);
  if (!conversation) throw new Error(`no conversation with contact "${name}" yet`);
  return engine.messages(conversation.id);
}

async function repliesTo(waId: string, since: Date) {
  return (await sandbox.outbound(since)).filter((message) => message.to === waId);
}

/** Checks for a while that the customer's conversation keeps one inbound message and one reply. */
async function expectStillOneInboundOneReply(customer: { waId: string; name: string }, since: Date) {
  await expectConsistently(
    async () => {
      const messages = await conversationMessages(customer.name);
      expect(messages.filter((message) => message.direction === 'inbound')).toHaveLength(1);
      expect(messages.filter((message) => message.direction === 'outbound')).toHaveLength(1);
      expect(await repliesTo(customer.waId, since)).toHaveLength(1);
    },
    { duration: 3_000 },
  );
}

/** Waits until the customer's conversation holds one inbound message and one reply, and returns both. */
async function oneInboundOneReply(name: string, timeout = 60_000) {
  return expectEventually(
    async () => {
      const messages = await conversationMessages(name);
      const inbound = messages.filter((message) => message.direction === 'inbound');
      const outbound = messages.filter((message) => message.direction === 'outbound');
      expect(inbound, 'inbound messages').toHaveLength(1);
      expect(outbound, 'outbound messages').toHaveLength(1);
      return { inbound: inbound[0] as Message, reply: outbound[0] as Message };
    },
    { timeout, interval: 250, description: `one inbound and one reply for ${name}` },
  );
}

describe('first conversation', () => {
  it('greets a customer’s first message with exactly one automatic reply that reaches read', async () => {
    const since = new Date(Date.now() - 1_000);
    const customer = newCustomer('first');
    const sent = await sandbox.sendAsCustomer(customer.waId, 'Hello, is anyone there?', customer.name);
    expect(sent.webhookStatus).toBe(200);
    expect(sent.delivered).toBe(true);

    const { inbound, reply } = await oneInboundOneReply(customer.name);
    expect(inbound.text).toBe('Hello, is anyone there?');
    expect(inbound.platformMessageId).toBe(sent.id);
    expect(inbound.status).toBe('received');
    expect(reply.type).toBe('text');
    expect(reply.text).toBe(demoGreeting);
    expect(reply.sentBy).toBeNull();

    const read = await expectEventually(
      async () => {
        const messages = await conversationMessages(customer.name);
        const outbound = messages.filter((message) => message.direction === 'outbound');
        expect(outbound).toHaveLength(1);
        expect(outbound[0]?.status).toBe('read');
        return outbound[0] as Message;
      },
      { timeout: 30_000, interval: 250, description: 'the reply reaches status read' },
    );
    expect(read.error ?? null).toBeNull();

    // The sandbox saw the same thing from the customer's side: one message in, one reply out.
    const outboundAtSandbox = await repliesTo(customer.waId, since);
    expect(outboundAtSandbox).toHaveLength(1);
    expect(read.platformMessageId).toBe(outboundAtSandbox[0]?.id);
    await expectConsistently(async () => {
      const phone = await sandbox.customerMessages(customer.waId);
      expect(phone.filter((message) => message.direction === 'inbound')).toHaveLength(1);
      expect(phone.filter((message) => message.direction === 'outbound')).toHaveLength(1);
      expect(await repliesTo(customer.waId, since)).toHaveLength(1);
    });
    const phone = await sandbox.customerMessages(customer.waId);
    expect(phone.find((message) => message.direction === 'outbound')?.id).toBe(read.platformMessageId);
  }, 120_000);

  it('ignores a duplicate delivery of the same webhook', async () => {
    const since = new Date(Date.now() - 1_000);
    const customer = newCustomer('duplicate');
    const { body } = inboundTextWebhook({
      phoneNumberId: stack.phoneNumberId,
      waId: customer.waId,
      name: customer.name,
      text: 'Sent once, delivered twice',
    });
    const first = await postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret });
    expect(first.status).toBe(200);
    await oneInboundOneReply(customer.name);
    const second = await postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret });
    expect(second.status).toBe(200);

    await expectStillOneInboundOneReply(customer, since);
  }, 120_000);

  it('ignores a duplicate delivered concurrently with the original', async () => {
    const since = new Date(Date.now() - 1_000);
    const customer = newCustomer('concurrent');
    const { body } = inboundTextWebhook({
      phoneNumberId: stack.phoneNumberId,
      waId: customer.waId,
      name: customer.name,
      text: 'Raced twice',
    });
    const responses = await Promise.all(
      [1, 2, 3].map(() => postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret })),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    await oneInboundOneReply(customer.name);
    await expectStillOneInboundOneReply(customer, since);
  }, 120_000);

  it('rejects a wrongly signed or unsigned webhook with 401 and stores nothing', async () => {
    const since = new Date(Date.now() - 1_000);
    const customer = newCustomer('forged');
    const { body } = inboundTextWebhook({
      phoneNumberId: stack.phoneNumberId,
      waId: customer.waId,
      name: customer.name,
      text: 'Forged',
    });
    const attempts = {
      'wrong secret': signWebhook(`${stack.secrets.appSecret}x`, body),
      'signature of another body': signWebhook(stack.secrets.appSecret, `${body} `),
      'not hex': 'sha256=not-a-signature',
      'without the sha256= prefix': signWebhook(stack.secrets.appSecret, body).slice('sha256='.length),
      missing: null,
    };
    for (const [what, signature] of Object.entries(attempts)) {
      const response = await postWebhook(stack.engine.url, body, { signature });
      expect(response.status, what).toBe(401);
      expect(
        apiErrorSchema.safeParse(await response.json()).success,
        `${what}: body is {code, message}`,
      ).toBe(true);
    }

    expect(await engine.conversationByContactName(customer.name)).toBeUndefined();
    await expectConsistently(
      async () => {
        expect(await repliesTo(customer.waId, since)).toHaveLength(0);
      },
      { duration: 1_000 },
    );
    expect(await engine.conversationByContactName(customer.name)).toBeUndefined();
  }, 60_000);

  it('keeps a genuine delivery it cannot read as a dead letter, answers 200, and stores what it can', async () => {
    const readable = newCustomer('beside-odd-part');
    const { body: good } = inboundTextWebhook({
      phoneNumberId: stack.phoneNumberId,
      waId: readable.waId,
      name: readable.name,
      text: 'Read me',
    });
    const envelope = JSON.parse(good) as { entry: { changes: unknown[] }[] };
    // A second change in the same delivery that is not a messages value Parley can read.
    envelope.entry[0]?.changes.push({
      field: 'messages',
      value: {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: '1', phone_number_id: stack.phoneNumberId },
        messages: [{ id: 'wamid.odd', type: 'text' }],
      },
    });
    const bodies = {
      'malformed JSON': '{"object": "whatsapp_business_account", "entry": [',
      'not a WhatsApp webhook': JSON.stringify({ hello: 'world' }),
      'one odd change beside a good one': JSON.stringify(envelope),
    };
    for (const [what, body] of Object.entries(bodies)) {
      const response = await postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret });
      expect(response.status, what).toBe(200);
    }
    await oneInboundOneReply(readable.name);
    const letters = await engine.call(
      'GET',
      '/api/dead-letters?status=pending',
      pageSchema(deadLetterSchema),
    );
    // The odd change names a number Parley serves: its organisation sees it. The other two name no account.
    const ours = letters.items.filter((letter) => letter.channelAccount !== null);
    expect(ours.length).toBeGreaterThanOrEqual(1);
    const detail = await engine.call('GET', `/api/dead-letters/${ours[0]?.id}`, deadLetterDetailSchema);
    expect(detail.body).toContain('wamid.odd');
    expect(detail.error).toMatch(/from|messages/);
    // The parser still cannot read it: a replay says so and keeps it.
    const replay = await engine.raw('POST', `/api/dead-letters/${detail.id}/replay`);
    expect(replay.status).toBe(422);
    expect(apiErrorSchema.parse(await replay.json()).code).toBe('STILL_UNREADABLE');
  }, 60_000);

  it('answers the verification handshake with the challenge, 403 on a wrong token, 400 on a missing parameter', async () => {
    const handshake = (params: Record<string, string>) =>
      fetch(`${stack.engine.url}/webhooks/whatsapp?${new URLSearchParams(params)}`);
    const ok = await handshake({
      'hub.mode': 'subscribe',
      'hub.verify_token': stack.secrets.verifyToken,
      'hub.challenge': '1158201444',
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await handshake({
      'hub.mode': 'subscribe',
      'hub.verify_token': `${stack.secrets.verifyToken}-wrong`,
      'hub.challenge': '1',
    });
    expect(wrong.status).toBe(403);
    const missing = await handshake({
      'hub.mode': 'subscribe',
      'hub.verify_token': stack.secrets.verifyToken,
    });
    expect(missing.status).toBe(400);
    expect(apiErrorSchema.parse(await missing.json()).message).toMatch(/hub\.challenge/);
  }, 30_000);

  it('acknowledges webhooks while Temporal is down and answers them once it is back', async () => {
    const since = new Date(Date.now() - 1_000);
    await stack.stopTemporal();
    try {
      await expectEventually(
        async () => {
          const response = await fetch(`${stack.engine.url}/health`);
          const health = (await response.json()) as { status?: string; temporal?: { ok?: boolean } };
          expect(health.temporal?.ok).toBe(false);
          expect(health.status).toBe('degraded');
        },
        { timeout: 30_000, interval: 500, description: '/health reports Temporal down' },
      );

      const viaSandbox = newCustomer('outage-sandbox');
      const sent = await sandbox.sendAsCustomer(viaSandbox.waId, 'Anyone home?', viaSandbox.name);
      expect(sent.webhookStatus).toBe(200);

      const direct = newCustomer('outage-direct');
      const { body } = inboundTextWebhook({
        phoneNumberId: stack.phoneNumberId,
        waId: direct.waId,
        name: direct.name,
        text: 'Still there?',
      });
      const response = await postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret });
      expect(response.status).toBe(200);

      // Stored at once, not answered while Temporal is down.
      for (const customer of [viaSandbox, direct]) {
        const messages = await conversationMessages(customer.name);
        expect(messages.filter((message) => message.direction === 'inbound')).toHaveLength(1);
      }
      expect(await repliesTo(viaSandbox.waId, since)).toHaveLength(0);

      await stack.restartTemporal();
      for (const customer of [viaSandbox, direct]) {
        await oneInboundOneReply(customer.name, 120_000);
        await expectEventually(async () => expect(await repliesTo(customer.waId, since)).toHaveLength(1), {
          timeout: 10_000,
        });
      }
      await expectConsistently(async () => {
        for (const customer of [viaSandbox, direct]) {
          expect(await repliesTo(customer.waId, since)).toHaveLength(1);
        }
      });
      await expectEventually(
        async () => {
          const health = (await (await fetch(`${stack.engine.url}/health`)).json()) as { status?: string };
          expect(health.status).toBe('ok');
        },
        { timeout: 30_000, interval: 500, description: '/health reports ok again' },
      );
    } finally {
      // Leave Temporal running for any test after this one, whatever happened here.
      if (stack.temporal.process.exitCode !== null || stack.temporal.process.signalCode !== null) {
        await stack.restartTemporal();
      }
    }
  }, 240_000);

  it('serves the web app at /', async () => {
    const response = await fetch(`${stack.engine.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type') ?? '').toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<!doctype html>/i);
    expect(html).toMatch(/<script[^>]+src=/i);
  }, 30_000);
});
