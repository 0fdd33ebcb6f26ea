import { headerValue, hmacSha256Hex, timingSafeStringEqual, type Headers } from '@parley/connector-sdk';

export const SIGNATURE_HEADER = 'x-hub-signature-256';
const signaturePattern = /^sha256=([0-9a-f]{64})$/i;

/** The `X-Hub-Signature-256` value Meta sends with a webhook body. */
export function signWebhookBody(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${hmacSha256Hex(appSecret, rawBody)}`;
}

/** True when the headers carry exactly one well-formed signature matching the raw body (timing-safe). */
export function verifyWebhookSignature(appSecret: string, rawBody: Buffer, headers: Headers): boolean {
  const header = headerValue(headers, SIGNATURE_HEADER);
  const match = header === undefined ? null : signaturePattern.exec(header);
  if (!match?.[1]) return false;
  return timingSafeStringEqual(match[1].toLowerCase(), hmacSha256Hex(appSecret, rawBody));
}
