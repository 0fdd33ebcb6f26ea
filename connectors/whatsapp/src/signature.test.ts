import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from './signature.js';

const secret = 'app-secret';
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
const validHeader = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('webhook signature', () => {
  it('signs like Meta: sha256=<hex HMAC-SHA256 of the raw body under the app secret>', () => {
    expect(signWebhookBody(secret, body)).toBe(validHeader);
  });

  it('accepts the signature of the exact body, in any header casing and hex case', () => {
    expect(verifyWebhookSignature(secret, body, { 'x-hub-signature-256': validHeader })).toBe(true);
    expect(
      verifyWebhookSignature(secret, body, {
        'X-Hub-Signature-256': validHeader.toUpperCase().replace('SHA256', 'sha256'),
      }),
    ).toBe(true);
  });

  it('rejects a tampered body', () => {
    const tampered = Buffer.from(body.toString().replace('[]', '[{}]'));
    expect(verifyWebhookSignature(secret, tampered, { 'x-hub-signature-256': validHeader })).toBe(false);
  });

  it('rejects a tampered signature, another secret, or a malformed header', () => {
    const flipped = validHeader.slice(0, -1) + (validHeader.endsWith('0') ? '1' : '0');
    expect(verifyWebhookSignature(secret, body, { 'x-hub-signature-256': flipped })).toBe(false);
    expect(verifyWebhookSignature('other-secret', body, { 'x-hub-signature-256': validHeader })).toBe(false);
    expect(
      verifyWebhookSignature(secret, body, { 'x-hub-signature-256': validHeader.slice('sha256='.length) }),
    ).toBe(false);
    expect(
      verifyWebhookSignature(secret, body, { 'x-hub-signature-256': `sha1=${validHeader.slice(7)}` }),
    ).toBe(false);
    expect(verifyWebhookSignature(secret, body, { 'x-hub-signature-256': `${validHeader}00` })).toBe(false);
  });

  it('rejects a missing header, or more than one', () => {
    expect(verifyWebhookSignature(secret, body, {})).toBe(false);
    expect(verifyWebhookSignature(secret, body, { 'x-hub-signature-256': undefined })).toBe(false);
    expect(verifyWebhookSignature(secret, body, { 'x-hub-signature-256': [validHeader, validHeader] })).toBe(
      false,
    );
  });
});
