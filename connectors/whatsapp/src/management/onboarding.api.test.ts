import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { fakeGraph, graphError } from '../fixtures/fake-graph.fixture.js';
import { specResponses } from '../sandbox/contract/spec-responses.js';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { createWhatsAppManagementClient } from './management.client.js';

const spec = loadMetaSpec();
const config = { apiBaseUrl: 'https://graph.example.test', graphVersion: 'v23.0' };
const wabaId = '102290129340398';
const phoneNumberId = '106540352242922';

async function failure(promise: Promise<unknown>): Promise<ConnectorSendError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof ConnectorSendError))
    throw new Error(`expected ConnectorSendError, got ${String(error)}`);
  return error;
}

describe('Embedded Signup', () => {
  it('exchanges the code, then subscribes, registers and lists with the token it got', async () => {
    const graph = fakeGraph({
      'GET /v23.0/oauth/access_token': Response.json({ access_token: 'EAAB-business', token_type: 'bearer' }),
      [`POST /v23.0/${wabaId}/subscribed_apps`]: Response.json({ success: true }),
      [`POST /v23.0/${phoneNumberId}/register`]: Response.json({ success: true }),
      [`GET /v23.0/${wabaId}/phone_numbers`]: Response.json({
        data: [
          {
            id: phoneNumberId,
            display_phone_number: '+1 631-555-5555',
            verified_name: "Jasper's Market",
            status: 'CONNECTED',
            quality_rating: 'GREEN',
            code_verification_status: 'VERIFIED',
            messaging_limit_tier: 'TIER_1K',
          },
          { id: '2', display_phone_number: '+1 631-555-5556' },
        ],
        paging: { cursors: { after: 'MTAx' } },
      }),
    });
    const anonymous = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const token = await anonymous.exchangeCode({ appId: '1234', appSecret: 'app-secret', code: 'AQD-code' });
    expect(token).toEqual({ accessToken: 'EAAB-business', tokenType: 'bearer' });
    const exchange = graph.requests[0];
    expect(Object.fromEntries(exchange?.url.searchParams ?? [])).toEqual({
      client_id: '1234',
      client_secret: 'app-secret',
      code: 'AQD-code',
    });
    expect(exchange?.headers.get('authorization')).toBeNull();

    const client = anonymous.withAccessToken(token.accessToken);
    await client.subscribeApp(wabaId);
    await client.registerPhoneNumber(phoneNumberId, '123456');
    const numbers = await client.listPhoneNumbers(wabaId, { limit: 10 });
    expect(numbers).toEqual({
      phoneNumbers: [
        {
          id: phoneNumberId,
          displayPhoneNumber: '+1 631-555-5555',
          verifiedName: "Jasper's Market",
          status: 'CONNECTED',
          qualityRating: 'GREEN',
          codeVerificationStatus: 'VERIFIED',
          messagingLimitTier: 'TIER_1K',
        },
        { id: '2', displayPhoneNumber: '+1 631-555-5556' },
      ],
    });
    const [, subscribe, register, list] = graph.requests;
    for (const request of [subscribe, register, list])
      expect(request?.headers.get('authorization')).toBe('Bearer EAAB-business');
    expect(subscribe?.json).toEqual({});
    expect(spec.requestBody('/{Version}/{WABA-ID}/subscribed_apps', 'post')(subscribe?.json)).toEqual([]);
    expect(register?.json).toEqual({ messaging_product: 'whatsapp', pin: '123456' });
    expect(spec.requestBody('/{Version}/{Phone-Number-ID}/register', 'post')(register?.json)).toEqual([]);
    expect(list?.url.searchParams.get('limit')).toBe('10');
    expect(list?.url.searchParams.get('fields')).toContain('display_phone_number');
  });

  it('subscribes with an overriding callback, valid against the spec', async () => {
    const graph = fakeGraph({ [`POST /v23.0/${wabaId}/subscribed_apps`]: Response.json({ success: true }) });
    const client = createWhatsAppManagementClient({ ...config, accessToken: 't' }, { fetch: graph.fetch });
    await client.subscribeApp(wabaId, {
      callbackUri: 'https://parley.example.com/webhooks/whatsapp',
      verifyToken: 'v',
    });
    const body = graph.requests[0]?.json;
    expect(body).toEqual({
      override_callback_uri: 'https://parley.example.com/webhooks/whatsapp',
      verify_token: 'v',
    });
    expect(spec.requestBody('/{Version}/{WABA-ID}/subscribed_apps', 'post')(body)).toEqual([]);
  });

  it('refuses a malformed PIN before sending, and treats 133016 as final', async () => {
    const graph = fakeGraph({
      [`POST /v23.0/${phoneNumberId}/register`]: graphError(
        400,
        133016,
        'Account register deregister rate limit exceeded',
      ),
    });
    const client = createWhatsAppManagementClient({ ...config, accessToken: 't' }, { fetch: graph.fetch });
    expect(await failure(client.registerPhoneNumber(phoneNumberId, '12ab'))).toMatchObject({
      platformCode: 'invalid_request',
      retryable: false,
    });
    expect(graph.requests).toHaveLength(0);
    expect(await failure(client.registerPhoneNumber(phoneNumberId, '123456'))).toMatchObject({
      platformCode: '133016',
      retryable: false,
    });
  });

  it('maps a refused code exchange and an unreachable Graph API', async () => {
    const refused = fakeGraph({
      'GET /v23.0/oauth/access_token': graphError(400, 100, 'Invalid verification code format.'),
    });
    const client = createWhatsAppManagementClient(config, { fetch: refused.fetch });
    expect(await failure(client.exchangeCode({ appId: '1', appSecret: 's', code: 'bad' }))).toMatchObject({
      platformCode: '100',
      retryable: false,
    });
    const offline = createWhatsAppManagementClient(config, {
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    expect(await failure(offline.exchangeCode({ appId: '1', appSecret: 's', code: 'c' }))).toMatchObject({
      platformCode: 'network',
      retryable: true,
    });
  });
});

describe('the WABA', () => {
  it("reads the WABA's details with the fields Meta documents", async () => {
    const answer = {
      id: wabaId,
      name: 'Parley Demo Shop',
      timezone_id: '1',
      account_review_status: 'APPROVED',
      business_verification_status: 'VERIFIED',
      country: 'US',
    };
    expect(specResponses().validator('/{Version}/{WABA-ID}', 'GET', 200)?.(answer)).toEqual([]);
    const graph = fakeGraph({ [`GET /v23.0/${wabaId}`]: Response.json(answer) });
    const client = createWhatsAppManagementClient({ ...config, accessToken: 't' }, { fetch: graph.fetch });
    await expect(client.getBusinessAccount(wabaId)).resolves.toEqual({
      id: wabaId,
      name: 'Parley Demo Shop',
      timezoneId: '1',
      accountReviewStatus: 'APPROVED',
      businessVerificationStatus: 'VERIFIED',
      country: 'US',
    });
    const fields = graph.requests[0]?.url.searchParams.get('fields')?.split(',');
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'account_review_status']));
  });

  it('unsubscribes the app from the WABA, and refuses an answer it cannot read', async () => {
    const graph = fakeGraph({
      [`DELETE /v23.0/${wabaId}/subscribed_apps`]: Response.json({ success: true }),
      'GET /v23.0/1': Response.json({ id: '1' }),
    });
    const client = createWhatsAppManagementClient({ ...config, accessToken: 't' }, { fetch: graph.fetch });
    await client.unsubscribeApp(wabaId);
    expect(graph.requests[0]).toMatchObject({ method: 'DELETE', body: '' });
    expect(graph.requests[0]?.headers.get('authorization')).toBe('Bearer t');
    expect(await failure(client.getBusinessAccount('1'))).toMatchObject({ platformCode: 'invalid_response' });
  });
});
