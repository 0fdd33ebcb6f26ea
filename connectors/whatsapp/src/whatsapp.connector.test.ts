import { describe, expect, it } from 'vitest';
import { whatsappConnector } from './whatsapp.connector.js';
import { signWebhookBody } from './signature.js';

const secrets = { accessToken: 'token-1', appSecret: 'secret-1', verifyToken: 'verify-1' };

describe('whatsappConnector', () => {
  it('parses its config with defaults and lists the secrets', () => {
    expect(whatsappConnector.configSchema.parse(secrets)).toEqual({
      apiBaseUrl: 'https://graph.facebook.com',
      graphVersion: 'v23.0',
      ...secrets,
    });
    expect([...whatsappConnector.secretKeys].sort()).toEqual(['accessToken', 'appSecret', 'verifyToken']);
    expect(whatsappConnector.credentialKeys).toEqual(['accessToken']);
    expect(whatsappConnector.manifest).toMatchObject({
      id: 'whatsapp',
      capabilities: {
        customerServiceWindowHours: 24,
        throughputPerSecond: 80,
        callButton: null,
        deliveryReports: true,
        businessScopedUserIds: true,
      },
      webhooks: { routing: 'shared', authentication: 'the X-Hub-Signature-256 signature' },
    });
  });

  it('rejects a bad config, naming the field', () => {
    const result = whatsappConnector.configSchema.safeParse({
      ...secrets,
      graphVersion: '23',
      apiBaseUrl: 'ftp://x',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'apiBaseUrl',
      'graphVersion',
    ]);
    expect(whatsappConnector.configSchema.safeParse({ ...secrets, appSecret: '' }).success).toBe(false);
  });

  it('wires the channel client to its config and injected fetch', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (url: string | URL | Request) => {
      urls.push(String(url));
      return Response.json({ messages: [{ id: 'wamid.X' }] });
    }) as typeof fetch;
    const config = whatsappConnector.configSchema.parse({ ...secrets, apiBaseUrl: 'http://127.0.0.1:3100' });
    const client = whatsappConnector.create(config, { fetch: fetchImpl });
    const body = Buffer.from('{}');
    expect(client.verifySignature(body, { 'x-hub-signature-256': signWebhookBody('secret-1', body) })).toBe(
      true,
    );
    expect(
      client.handshake?.({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-1', 'hub.challenge': 'c' }),
    ).toEqual({ ok: true, body: 'c' });
    expect(client.manifest).toBe(whatsappConnector.manifest);
    const sent = await client.send({
      channelAccountId: '1',
      to: '2',
      message: { type: 'text', text: 'hi' },
      idempotencyKey: 'k',
    });
    expect(sent).toEqual({ platformMessageId: 'wamid.X' });
    expect(urls).toEqual(['http://127.0.0.1:3100/v23.0/1/messages']);
  });

  it("takes every account's webhooks through one receiver built from the app settings alone", () => {
    const shared = whatsappConnector.sharedWebhooks;
    if (!shared) throw new Error('WhatsApp has shared webhooks');
    const settings = shared.settingsSchema.parse({ appSecret: 'secret-1', verifyToken: 'verify-1' });
    expect(settings).toEqual({
      apiBaseUrl: 'https://graph.facebook.com',
      graphVersion: 'v23.0',
      appSecret: 'secret-1',
      verifyToken: 'verify-1',
    });
    expect(shared.settingsSchema.safeParse({ appSecret: 'secret-1' }).success).toBe(false);
    const receiver = shared.create(settings);
    const body = Buffer.from('{}');
    expect(receiver.verifySignature(body, { 'x-hub-signature-256': signWebhookBody('secret-1', body) })).toBe(
      true,
    );
    expect(
      receiver.handshake?.({ 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': 'c' }),
    ).toEqual({ ok: false, reason: 'forbidden', message: 'the verify token does not match' });
    expect(receiver.splitWebhook?.('junk')).toEqual([{ body: 'junk' }]);
    expect(receiver).not.toHaveProperty('send');
  });
});
