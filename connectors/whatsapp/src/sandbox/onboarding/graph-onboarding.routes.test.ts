import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  customer,
  secrets,
  startGraphHarness,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const appId = '100000000000900';
const sakura = { businessId: '200000000000002', wabaId: '300000000000002', phoneNumberId: '400000000000004' };

async function exchange(code: string, overrides: Record<string, string> = {}) {
  const query = new URLSearchParams({
    client_id: appId,
    client_secret: secrets.appSecret,
    code,
    ...overrides,
  });
  return harness.graph('GET', `/oauth/access_token?${query}`, undefined, null);
}

/** Embedded Signup for Sakura Cafe: the popup's code, exchanged for a business token. */
async function signUp(): Promise<string> {
  const signup = await harness.call('POST', '/sandbox/signup', { businessId: sakura.businessId });
  expect(signup).toEqual({
    status: 201,
    json: { code: expect.any(String), waba_id: sakura.wabaId, phone_number_id: sakura.phoneNumberId },
  });
  const token = await exchange(signup.json.code);
  expect(token).toEqual({
    status: 200,
    json: { access_token: expect.stringMatching(/^EAA/), token_type: 'bearer' },
  });
  return token.json.access_token as string;
}

describe('Embedded Signup', () => {
  it('exchanges a code once, for the right app only', async () => {
    const { json } = await harness.call('POST', '/sandbox/signup', { businessId: sakura.businessId });
    expect((await exchange(json.code, { client_secret: 'wrong' })).json.error).toMatchObject({
      code: 1,
      message: 'Error validating client secret.',
    });
    expect((await exchange(json.code, { client_id: '1' })).json.error.code).toBe(101);
    expect((await exchange(json.code)).status).toBe(200);
    expect((await exchange(json.code)).json.error).toMatchObject({ code: 100, error_subcode: 36009 });
    expect((await exchange('made-up')).json.error.error_subcode).toBe(36008);
    const late = await harness.call('POST', '/sandbox/signup', { businessId: sakura.businessId });
    await harness.call('POST', '/sandbox/clock', { advanceMs: 11 * 60 * 1000 });
    expect((await exchange(late.json.code)).json.error.error_subcode).toBe(36007);
    expect((await harness.call('POST', '/sandbox/signup', { businessId: '1' })).status).toBe(404);
    expect(
      (await harness.call('POST', '/sandbox/signup', { businessId: sakura.businessId, wabaId: '1' })).status,
    ).toBe(400);
  });

  it('subscribes, registers and lists the number, then sends and receives through it', async () => {
    const token = await signUp();
    expect((await harness.graph('GET', `/${sakura.wabaId}/subscribed_apps`, undefined, token)).json).toEqual({
      data: [],
    });
    expect(await harness.graph('POST', `/${sakura.wabaId}/subscribed_apps`, undefined, token)).toEqual({
      status: 200,
      json: { success: true },
    });
    expect(
      (await harness.graph('GET', `/${sakura.wabaId}/subscribed_apps`, undefined, token)).json.data,
    ).toEqual([
      { whatsapp_business_api_data: { id: appId, name: 'Parley', link: expect.stringContaining(appId) } },
    ]);
    const before = await harness.graph('GET', `/${sakura.wabaId}/phone_numbers`, undefined, token);
    expect(before.json.data).toEqual([
      expect.objectContaining({
        id: sakura.phoneNumberId,
        display_phone_number: '+81 3 5555 0104',
        status: 'PENDING',
      }),
    ]);
    const send = (to: string) =>
      harness.graph(
        'POST',
        `/${sakura.phoneNumberId}/messages`,
        { messaging_product: 'whatsapp', to, text: { body: 'いらっしゃいませ' } },
        token,
      );
    expect((await send(customer)).json.error).toMatchObject({ code: 133010 });

    const registered = await harness.graph(
      'POST',
      `/${sakura.phoneNumberId}/register`,
      { messaging_product: 'whatsapp', pin: '123456' },
      token,
    );
    expect(registered).toEqual({ status: 200, json: { success: true } });
    expect((await harness.graph('GET', `/${sakura.phoneNumberId}`, undefined, token)).json.status).toBe(
      'LINKED',
    );

    const inbound = await harness.customerSends(customer, {
      text: 'Are you open?',
      phoneNumberId: sakura.phoneNumberId,
    });
    expect(inbound.json).toMatchObject({ delivered: true, webhookStatus: 200 });
    const reply = await send(customer);
    await expect.poll(() => harness.statusesOf(reply.json.messages[0].id).length).toBe(3);
    const webhooks = harness.inbox.received.map(
      (webhook) => webhook.json as { entry: { id: string; changes: { value: { metadata: unknown } }[] }[] },
    );
    for (const webhook of webhooks) {
      expect(webhook.entry[0]?.id).toBe(sakura.wabaId);
      expect(webhook.entry[0]?.changes[0]?.value.metadata).toEqual({
        display_phone_number: '81355550104',
        phone_number_id: sakura.phoneNumberId,
      });
    }
  });

  it('keeps each business’s token to its own assets', async () => {
    const token = await signUp();
    for (const path of [
      '/100000000000000/phone_numbers',
      '/100000000000000/subscribed_apps',
      '/100000000000001',
      '/300000000000001/message_templates',
    ]) {
      expect((await harness.graph('GET', path, undefined, token)).json.error, path).toMatchObject({
        code: 100,
        error_subcode: 33,
      });
    }
    const send = await harness.graph(
      'POST',
      '/100000000000001/messages',
      { messaging_product: 'whatsapp', to: customer, text: { body: 'x' } },
      token,
    );
    expect(send.json.error.error_subcode).toBe(33);
    expect((await harness.graph('GET', `/${sakura.wabaId}/phone_numbers`)).status).toBe(200); // the system user token sees all
  });

  it('posts nothing for a WABA nobody subscribed to, and uses a verified override callback URL', async () => {
    const token = await signUp();
    await harness.graph(
      'POST',
      `/${sakura.phoneNumberId}/register`,
      { messaging_product: 'whatsapp', pin: '123456' },
      token,
    );
    const silent = await harness.customerSends(customer, {
      text: 'Hello?',
      phoneNumberId: sakura.phoneNumberId,
    });
    expect(silent.json).toEqual({
      id: expect.any(String),
      userId: expect.stringMatching(/^US\.\d{20}$/),
      delivered: false,
      webhookStatus: null,
    });
    expect(harness.inbox.received).toEqual([]);

    const override = `${harness.inbox.url}/tenants/sakura`;
    const wrongToken = await harness.graph(
      'POST',
      `/${sakura.wabaId}/subscribed_apps`,
      { override_callback_uri: override, verify_token: 'nope' },
      token,
    );
    expect(wrongToken.json.error).toMatchObject({
      code: 2200,
      message: expect.stringContaining('Callback verification failed'),
    });
    const subscribed = await harness.graph(
      'POST',
      `/${sakura.wabaId}/subscribed_apps`,
      { override_callback_uri: override, verify_token: 'inbox-verify-token' },
      token,
    );
    expect(subscribed.json).toEqual({ success: true });
    expect(
      (await harness.graph('GET', `/${sakura.wabaId}/subscribed_apps`, undefined, token)).json.data[0]
        .override_callback_uri,
    ).toBe(override);
    await harness.customerSends(customer, { text: 'Hello again', phoneNumberId: sakura.phoneNumberId });
    expect(harness.inbox.received.map((webhook) => webhook.path)).toEqual(['/tenants/sakura']);
    expect(await harness.graph('DELETE', `/${sakura.wabaId}/subscribed_apps`, undefined, token)).toEqual({
      status: 200,
      json: { success: true },
    });
    await harness.customerSends(customer, { text: 'Anyone?', phoneNumberId: sakura.phoneNumberId });
    expect(harness.inbox.received).toHaveLength(1);
  });
});

describe('POST /{phone-number-id}/register', () => {
  const register = (pin: unknown) =>
    harness.graph('POST', '/400000000000002/register', { messaging_product: 'whatsapp', pin });

  it('wants a 6-digit PIN and keeps the first one as the two-step verification PIN', async () => {
    expect((await register('12345')).json.error).toMatchObject({ code: 100 });
    expect((await register('123456')).json).toEqual({ success: true });
    expect((await register('654321')).json.error).toMatchObject({ code: 133005 });
    expect((await register('123456')).json).toEqual({ success: true });
  });

  it('allows 10 register requests in 72 hours, then answers 133016', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1)
      expect((await register('123456')).status, `attempt ${attempt}`).toBe(200);
    expect((await register('123456')).json.error).toMatchObject({
      code: 133016,
      message: '(#133016) Account register deregister rate limit exceeded',
    });
    await harness.call('POST', '/sandbox/clock', { advanceMs: 72 * 60 * 60 * 1000 });
    expect((await register('123456')).status).toBe(200);
  });
});
