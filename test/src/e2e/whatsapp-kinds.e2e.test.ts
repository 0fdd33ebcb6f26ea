import { createHash, randomInt, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EngineClient } from '../support/clients.js';
import { demoGreeting } from '../support/demo.js';
import { expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';
import { signWebhook } from '../support/webhooks.js';

// Beyond text: media a customer sends is downloaded from the sandbox's Graph API and served by the
// engine; a reply the platform refuses after accepting it (the 24-hour window) ends as failed.

const running = useStack({ statusDelaysMs: '50,100,150' });
let stack: Stack;
let engine: EngineClient;

beforeAll(() => {
  ({ stack, admin: engine } = running);
});

const kindSchema = z
  .object({
    id: z.string(),
    direction: z.string(),
    type: z.string(),
    text: z.string().nullable(),
    status: z.string(),
    content: z.record(z.string(), z.unknown()).nullable(),
    media: z
      .object({
        id: z.string(),
        state: z.string(),
        mimeType: z.string().nullable(),
        url: z.string().nullable(),
      })
      .nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .passthrough();

async function messagesOf(name: string) {
  const conversation = await engine.conversationByContactName(name);
  if (!conversation) throw new Error(`no conversation for ${name} yet`);
  const body = await engine.call('GET', `/api/conversations/${conversation.id}/messages`, z.unknown());
  return z.object({ items: z.array(kindSchema) }).parse(body).items;
}

async function customerSends(waId: string, body: Record<string, unknown>) {
  const response = await fetch(`${stack.sandbox.url}/sandbox/customers/${waId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

describe('WhatsApp message kinds', () => {
  it('downloads an image a customer sends and serves it', async () => {
    const waId = `8190${randomInt(1e7, 9e7)}`;
    const name = `Image ${waId}`;
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await customerSends(waId, {
      type: 'image',
      name,
      caption: 'receipt',
      media: { base64: png.toString('base64'), mimeType: 'image/png' },
    });

    const image = await expectEventually(
      async () => {
        const inbound = (await messagesOf(name)).find((message) => message.direction === 'inbound');
        expect(inbound?.media?.state).toBe('stored');
        return inbound!;
      },
      { timeout: 60_000, description: 'the image stored' },
    );
    expect(image).toMatchObject({
      type: 'image',
      text: 'receipt',
      content: { type: 'image', caption: 'receipt' },
    });
    // Media is for signed-in people of the organisation only.
    expect((await fetch(`${stack.engine.url}${image.media?.url}`)).status).toBe(401);
    const response = await engine.raw('GET', image.media?.url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('content-type')).toBe('image/png');
    const served = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(served).digest('hex')).toBe(
      createHash('sha256').update(png).digest('hex'),
    );
  }, 120_000);

  it('stores a location with its coordinates and previews it in the list', async () => {
    const waId = `8190${randomInt(1e7, 9e7)}`;
    const name = `Location ${waId}`;
    await customerSends(waId, {
      type: 'location',
      name,
      location: { latitude: 35.681, longitude: 139.767, name: 'Tokyo Station' },
    });
    const location = await expectEventually(
      async () => (await messagesOf(name)).find((message) => message.type === 'location')!,
      {
        timeout: 30_000,
      },
    );
    expect(location.content).toMatchObject({ latitude: 35.681, longitude: 139.767, name: 'Tokyo Station' });
    expect(location.text).toBe('Tokyo Station');
  }, 60_000);

  it('records a reply the platform refuses after accepting it, with the platform code', async () => {
    const waId = `8190${randomInt(1e7, 9e7)}`;
    const name = `Window ${waId}`;
    await customerSends(waId, { text: 'first', name });
    // The first message of the window gets the demo's greeting.
    await expectEventually(
      async () =>
        expect((await messagesOf(name)).filter((m) => m.direction === 'outbound').map((m) => m.text)).toEqual(
          [demoGreeting],
        ),
      { timeout: 60_000 },
    );
    // A day later in the sandbox, the customer's message reaches Parley only now (a late delivery):
    // Parley's window is open, WhatsApp's is not, so an agent's reply is accepted and then
    // reported failed with 131047.
    const clock = await fetch(`${stack.sandbox.url}/sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 25 * 60 * 60 * 1000 }),
    });
    expect(clock.status).toBeLessThan(300);
    const late = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550100', phone_number_id: stack.phoneNumberId },
                contacts: [{ profile: { name }, wa_id: waId }],
                messages: [
                  {
                    from: waId,
                    id: `wamid.late${waId}`,
                    timestamp: String(Math.floor(Date.now() / 1000)),
                    type: 'text',
                    text: { body: 'late' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const posted = await fetch(`${stack.engine.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signWebhook(stack.secrets.appSecret, late),
      },
      body: late,
    });
    expect(posted.status).toBe(200);
    await expectEventually(
      async () => expect((await messagesOf(name)).filter((m) => m.direction === 'inbound')).toHaveLength(2),
      { timeout: 30_000, description: 'the late message stored' },
    );
    const conversation = (await engine.conversationByContactName(name))!;
    const reply = await engine.sendMessage(conversation.id, {
      clientId: randomUUID(),
      message: { type: 'text', text: 'Sorry for the wait!' },
    });
    expect(['accepted', 'failed']).toContain(reply.status);
    const failed = await expectEventually(
      async () => {
        const stored = (await messagesOf(name)).find((m) => m.id === reply.id);
        expect(stored?.status).toBe('failed');
        return stored!;
      },
      { timeout: 60_000, description: 'the reply failed' },
    );
    expect(failed.error?.code).toBe('131047');
    // The late message, inside the same window, got no second greeting.
    expect((await messagesOf(name)).filter((m) => m.direction === 'outbound')).toHaveLength(2);
  }, 120_000);
});
