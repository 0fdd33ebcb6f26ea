import { runConformanceKit, type ConformanceSubject } from '@parley/connector-sdk/conformance';
import type { WhatsAppConfig } from './config.schema.js';
import { whatsappErrorTable } from './errors.js';
import { accountFixtures } from './fixtures/account-webhooks.fixture.js';
import { bsuid, bsuidFixtures } from './fixtures/bsuid-webhooks.fixture.js';
import { messageFixtures } from './fixtures/message-webhooks.fixture.js';
import { outboundExamples } from './fixtures/outbound-messages.fixture.js';
import { overLimitMessages } from './fixtures/over-limit-messages.fixture.js';
import { inboundWebhook, metadata, webhook } from './fixtures/webhook-builders.fixture.js';
import { SIGNATURE_HEADER, signWebhookBody } from './signature.js';
import { whatsappConnector } from './whatsapp.connector.js';

const validConfig: WhatsAppConfig = whatsappConnector.configSchema.parse({
  apiBaseUrl: 'https://graph.example.test',
  accessToken: 'EAAJB-token',
  appSecret: 'app-secret',
  verifyToken: 'verify-token',
});

const envelope = (code: number) => ({
  error: { message: `(#${code}) error`, type: 'OAuthException', code, fbtrace_id: 'A1' },
});

const subject: ConformanceSubject<WhatsAppConfig> = {
  connector: whatsappConnector,
  validConfig,
  invalidConfigs: [
    { name: 'no access token', config: { ...validConfig, accessToken: undefined } },
    { name: 'an empty app secret', config: { ...validConfig, appSecret: '' } },
    { name: 'no verify token', config: { ...validConfig, verifyToken: undefined } },
    { name: 'a malformed Graph version', config: { ...validConfig, graphVersion: '23' } },
    { name: 'a non-HTTP base URL', config: { ...validConfig, apiBaseUrl: 'ftp://graph.example.test' } },
  ],
  authentication: 'signature',
  sign: (rawBody, config) => ({ [SIGNATURE_HEADER]: signWebhookBody(config.appSecret, rawBody) }),
  handshake: {
    valid: { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-token', 'hub.challenge': '1158201444' },
    expectedBody: '1158201444',
    invalid: [
      {
        query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong-token', 'hub.challenge': 'c' },
        reason: 'forbidden',
      },
      {
        query: { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'verify-token', 'hub.challenge': 'c' },
        reason: 'invalid',
      },
      { query: { 'hub.mode': 'subscribe', 'hub.challenge': 'c' }, reason: 'invalid' },
      { query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-token' }, reason: 'invalid' },
      {
        query: { 'hub.mode': 'subscribe', 'hub.verify_token': ['verify-token', 'x'], 'hub.challenge': 'c' },
        reason: 'invalid',
      },
    ],
  },
  fixtures: [...messageFixtures, ...accountFixtures, ...bsuidFixtures],
  notWebhooks: [
    { object: 'page', entry: [] },
    'hello',
    null,
    {},
    { object: 'whatsapp_business_account' },
    webhook('messages', { messaging_product: 'whatsapp', messages: [] }),
    inboundWebhook({ id: 'wamid.X', type: 'text' }),
    inboundWebhook({ id: 'wamid.X', type: 'image', image: { caption: 'no id' } }),
    webhook('messages', { metadata, statuses: [{ status: 'read', timestamp: '1', recipient_id: '1' }] }),
    webhook('messages', { metadata, statuses: [{ id: 'wamid.X', status: 'read', timestamp: '1' }] }),
    webhook('messages', {
      metadata,
      messages: [{ id: 'wamid.X', timestamp: '1', type: 'text', text: { body: 'from nobody' } }],
    }),
    webhook('message_template_status_update', { event: 'APPROVED', message_template_id: 1 }),
    webhook('template_category_update', { message_template_id: 1, message_template_name: 'x' }),
  ],
  sendSuccess: {
    response: {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: '16505551234', wa_id: '16505551234' }],
        messages: [{ id: 'wamid.SENT=' }],
      },
    },
    platformMessageId: 'wamid.SENT=',
  },
  messages: [
    ...outboundExamples.map(({ name, message }) => ({ name, message, expect: 'request' as const })),
    ...overLimitMessages,
  ],
  errors: [
    ...Object.entries(whatsappErrorTable).map(([code, { retryable, meaning }]) => ({
      name: `${code}: ${meaning}`,
      response: { status: retryable ? 503 : 400, body: envelope(Number(code)) },
      retryable,
      platformCode: code,
    })),
    {
      name: 'an unknown 4xx code',
      response: { status: 400, body: envelope(131999) },
      retryable: false,
      platformCode: '131999',
    },
    {
      name: 'an HTML 502',
      response: { status: 502, body: '<html>Bad gateway</html>' },
      retryable: true,
      platformCode: 'http_502',
    },
    { name: 'a bare 401', response: { status: 401, body: {} }, retryable: false, platformCode: 'http_401' },
    { name: 'a bare 403', response: { status: 403, body: {} }, retryable: false, platformCode: 'http_403' },
    { name: 'a bare 429', response: { status: 429, body: {} }, retryable: true, platformCode: 'http_429' },
  ],
  recipient: { channelAccountId: '106540352242922', to: '16505551234', toUserId: bsuid },
};

runConformanceKit(subject);
