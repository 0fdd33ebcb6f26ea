import { hmacSha256Hex } from '@parley/connector-sdk';
import { parseWebhookPayload, verifyWebhookSignature } from '@parley/connector-whatsapp';
import { describe, expect, it } from 'vitest';
import { inboundTextWebhook, signWebhook } from './webhooks.js';

// The tests and the benchmark build webhooks by hand; they must be what the connector accepts.
describe('test webhooks', () => {
  it('signs like Meta: sha256=<hex HMAC-SHA256 of the raw body>', () => {
    expect(signWebhook('secret', '{"a":1}')).toBe(`sha256=${hmacSha256Hex('secret', '{"a":1}')}`);
    const body = Buffer.from('{"a":1}');
    const headers = { 'X-Hub-Signature-256': signWebhook('secret', body) };
    expect(verifyWebhookSignature('secret', body, headers)).toBe(true);
    expect(verifyWebhookSignature('other', body, headers)).toBe(false);
  });

  it('builds an inbound text webhook the WhatsApp connector parses into one message event', () => {
    const { body, wamid } = inboundTextWebhook({
      phoneNumberId: '100000000000001',
      waId: '447900000001',
      name: 'Ada',
      text: 'Hello',
      timestamp: 1_750_000_000,
    });
    expect(wamid).toMatch(/^wamid\./);
    const events = parseWebhookPayload(JSON.parse(body));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'message',
      channelAccountId: '100000000000001',
      contact: { id: '447900000001', name: 'Ada' },
      platformMessageId: wamid,
      content: { type: 'text', text: 'Hello' },
    });
  });
});
