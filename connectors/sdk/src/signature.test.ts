import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerValue, hmacSha256Hex, timingSafeStringEqual } from './signature.js';

describe('signature helpers', () => {
  it('computes HMAC-SHA256 as lowercase hex over the exact bytes', () => {
    const body = Buffer.from('{"object":"whatsapp_business_account"}');
    expect(hmacSha256Hex('secret', body)).toBe(createHmac('sha256', 'secret').update(body).digest('hex'));
    expect(hmacSha256Hex('secret', body)).toMatch(/^[0-9a-f]{64}$/);
    expect(hmacSha256Hex('secret', `${body.toString()} `)).not.toBe(hmacSha256Hex('secret', body));
  });

  it('compares equal strings as equal and anything else as different, whatever the length', () => {
    expect(timingSafeStringEqual('sha256=abc', 'sha256=abc')).toBe(true);
    expect(timingSafeStringEqual('sha256=abd', 'sha256=abc')).toBe(false);
    expect(timingSafeStringEqual('sha256=ab', 'sha256=abc')).toBe(false);
    expect(timingSafeStringEqual('', 'x')).toBe(false);
    expect(timingSafeStringEqual('日本', '日本')).toBe(true);
  });

  it('reads one header value whatever the case of its name', () => {
    const headers = { 'X-Hub-Signature-256': 'sha256=abc', 'x-telegram-bot-api-secret-token': ['s3cret'] };
    expect(headerValue(headers, 'x-hub-signature-256')).toBe('sha256=abc');
    expect(headerValue(headers, 'X-Telegram-Bot-Api-Secret-Token')).toBe('s3cret');
    expect(headerValue(headers, 'x-other')).toBeUndefined();
  });

  it('reads no value from a repeated, empty or absent header', () => {
    expect(headerValue({ 'x-token': ['a', 'b'] }, 'x-token')).toBeUndefined();
    expect(headerValue({ 'x-token': [] }, 'x-token')).toBeUndefined();
    expect(headerValue({ 'x-token': undefined }, 'x-token')).toBeUndefined();
    expect(headerValue({ 'x-token': '' }, 'x-token')).toBe('');
  });
});
