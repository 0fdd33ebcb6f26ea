import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsAppManagementClient } from '../../management/management.client.js';
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
const redirect = 'https://parley.example.com/channels/whatsapp/connected';
const page = async (query: Record<string, string>) => {
  const response = await fetch(
    `${harness.sandbox.url}/sandbox/embedded-signup?${new URLSearchParams(query)}`,
  );
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
};
const post = (path: string, body: Record<string, unknown>) =>
  harness.call('POST', `/sandbox/embedded-signup${path}`, { clientId: appId, ...body });
const profile = { displayName: 'Kumo Ramen', category: 'RESTAURANT' };

/** A new number verified by the code the page shows. */
async function verifiedNumber(phoneNumber: string): Promise<string> {
  const started = await post('/verifications', { phoneNumber });
  expect(started).toMatchObject({ status: 201, json: { code: expect.stringMatching(/^\d{6}$/) } });
  const { verificationId, code } = started.json as { verificationId: string; code: string };
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  expect((await post(`/verifications/${verificationId}`, { code: wrong })).status).toBe(400);
  expect(await post(`/verifications/${verificationId}`, { code })).toEqual({
    status: 200,
    json: { verified: true },
  });
  return verificationId;
}

describe('GET /sandbox/embedded-signup', () => {
  it('serves the consent page for the app, in English or Japanese, with the directory to choose from', async () => {
    const english = await page({ client_id: appId, redirect_uri: redirect, state: 's-1', config_id: '77' });
    expect(english.status).toBe(200);
    expect(english.type).toMatch(/^text\/html/);
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain('<label for="password">Password</label>');
    expect(english.html).toContain('manage conversations and messages');
    expect(english.html).toContain('"state":"s-1"');
    expect(english.html).toContain('"name":"Sakura Cafe"');
    expect(english.html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/); // no external assets
    const japanese = await page({ client_id: appId, redirect_uri: redirect, locale: 'ja_JP' });
    expect(japanese.html).toContain('<html lang="ja">');
    expect(japanese.html).toContain('Facebook にログイン');
  });

  it('shows an error page for another app or a redirect URI that is not http(s)', async () => {
    const otherApp = await page({ client_id: '1', redirect_uri: redirect });
    expect(otherApp).toMatchObject({ status: 400, type: expect.stringMatching(/^text\/html/) });
    expect(otherApp.html).toContain('No app 1 is set up for Embedded Signup.');
    for (const redirect_uri of ['javascript:alert(1)', 'not a url', ''])
      expect((await page({ client_id: appId, redirect_uri })).html).toContain(
        'redirect_uri must be an http(s) URL.',
      );
    expect((await page({ client_id: appId, redirect_uri: 'ftp://x', locale: 'ja_JP' })).html).toContain(
      'redirect_uri は',
    );
  });
});

describe('finishing Embedded Signup', () => {
  it('creates a business, WABA and number that the code exchange and every onboarding call then serve', async () => {
    const verificationId = await verifiedNumber('+81 3 5555 0199');
    const done = await post('/complete', {
      business: { name: 'Kumo Ramen' },
      waba: { name: 'Kumo Ramen Shinjuku' },
      profile,
      phoneNumber: { verificationId },
    });
    expect(done).toMatchObject({ status: 201, json: { code: expect.stringMatching(/^AQ/) } });
    const { code, business_id, waba_id, phone_number_id } = done.json as {
      code: string;
      business_id: string;
      waba_id: string;
      phone_number_id: string;
    };
    expect(
      (await post('/complete', { business: { name: 'Again' }, profile, phoneNumber: { verificationId } }))
        .status,
    ).toBe(400);

    const query = new URLSearchParams({ client_id: appId, client_secret: secrets.appSecret, code });
    const token = (await harness.graph('GET', `/oauth/access_token?${query}`, undefined, null)).json
      .access_token;
    const client = createWhatsAppManagementClient({ apiBaseUrl: harness.sandbox.url, accessToken: token });
    await expect(client.getBusinessAccount(waba_id)).resolves.toMatchObject({
      id: waba_id,
      name: 'Kumo Ramen Shinjuku',
    });
    await expect(client.listPhoneNumbers(waba_id)).resolves.toEqual({
      phoneNumbers: [
        expect.objectContaining({
          id: phone_number_id,
          displayPhoneNumber: '+81 3 5555 0199',
          verifiedName: 'Kumo Ramen',
          status: 'PENDING',
        }),
      ],
    });
    expect((await client.listAllTemplates(waba_id)).map((t) => [t.name, t.status])).toEqual([
      ['hello_world', 'APPROVED'],
    ]);
    await client.subscribeApp(waba_id, {
      callbackUri: `${harness.inbox.url}/kumo`,
      verifyToken: 'inbox-verify-token',
    });
    await client.registerPhoneNumber(phone_number_id, '246810');
    const businesses = (await harness.call('GET', '/sandbox/businesses')).json.items;
    expect(businesses).toContainEqual(expect.objectContaining({ id: business_id, name: 'Kumo Ramen' }));

    const inbound = await harness.customerSends(customer, {
      text: 'Open tonight?',
      phoneNumberId: phone_number_id,
    });
    expect(inbound.json).toMatchObject({ delivered: true, webhookStatus: 200 });
    expect(harness.inbox.received.at(-1)?.path).toBe('/kumo');
    const reply = await harness.graph(
      'POST',
      `/${phone_number_id}/messages`,
      { messaging_product: 'whatsapp', to: customer, text: { body: 'Until 23:00' } },
      token,
    );
    expect(reply.status).toBe(200);
    await client.unsubscribeApp(waba_id);
    expect(
      (await harness.customerSends(customer, { text: 'Thanks', phoneNumberId: phone_number_id })).json
        .delivered,
    ).toBe(false);
  });

  it('adds a new WABA to an existing business, or picks an existing number of its WABA', async () => {
    const existing = await post('/complete', {
      business: { id: '200000000000002' },
      waba: { id: '300000000000002' },
      profile: { displayName: 'Sakura Cafe', category: 'RESTAURANT' },
      phoneNumber: { id: '400000000000004' },
    });
    expect(existing.json).toMatchObject({
      business_id: '200000000000002',
      waba_id: '300000000000002',
      phone_number_id: '400000000000004',
    });
    const verificationId = await verifiedNumber('+81 3 5555 0188');
    const newWaba = await post('/complete', {
      business: { id: '200000000000002' },
      waba: { name: 'Sakura Cafe Osaka' },
      profile,
      phoneNumber: { verificationId },
    });
    expect(newWaba.status).toBe(201);
    expect(newWaba.json.waba_id).not.toBe('300000000000002');
    expect((await harness.graph('GET', `/${newWaba.json.waba_id}/message_templates`)).json.data).toHaveLength(
      1,
    );
  });

  it('refuses choices that do not fit, creating nothing', async () => {
    const before = (await harness.call('GET', '/sandbox/businesses')).json;
    const refusals = [
      [{ business: { id: '1' }, waba: { id: '1' }, phoneNumber: { id: '1' } }, 'business.id'],
      [{ business: { id: '200000000000002' }, phoneNumber: { id: '400000000000004' } }, 'waba'],
      [
        {
          business: { id: '200000000000002' },
          waba: { id: '300000000000001' },
          phoneNumber: { id: '400000000000003' },
        },
        'waba.id',
      ],
      [
        {
          business: { id: '200000000000002' },
          waba: { id: '300000000000002' },
          phoneNumber: { id: '400000000000003' },
        },
        'phoneNumber.id',
      ],
      [{ business: { name: 'New' }, phoneNumber: { id: '400000000000004' } }, 'phoneNumber.id'],
      [
        { business: { name: 'New' }, phoneNumber: { verificationId: 'unverified' } },
        'phoneNumber.verificationId',
      ],
    ] as const;
    for (const [choice, path] of refusals) {
      const answer = await post('/complete', { ...choice, profile });
      expect(answer.json.issues, path).toEqual([expect.objectContaining({ path })]);
    }
    expect(
      (
        await harness.call('POST', '/sandbox/embedded-signup/complete', {
          clientId: '1',
          business: { name: 'X' },
          profile,
          phoneNumber: { id: '1' },
        })
      ).json.issues,
    ).toEqual([expect.objectContaining({ path: 'clientId' })]);
    expect((await post('/verifications', { phoneNumber: '+1 555 0100' })).json.issues).toEqual([
      expect.objectContaining({ path: 'phoneNumber' }),
    ]);
    expect((await post('/verifications', { phoneNumber: 'call me' })).status).toBe(400);
    expect((await harness.call('GET', '/sandbox/businesses')).json).toEqual(before);
  });
});
