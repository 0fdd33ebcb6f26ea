import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Headers } from './connector.js';

/** HMAC-SHA256 of `body` under `secret`, as lowercase hex. */
export function hmacSha256Hex(secret: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Compares two strings in time independent of where they differ. Strings of different lengths are
 * compared against themselves first so the work done does not reveal the expected length either.
 */
export function timingSafeStringEqual(actual: string, expected: string): boolean {
  comparisons += 1;
  const a = Buffer.from(actual);
  const b = Buffer.from(expected);
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

let comparisons = 0;

/** How many timing-safe comparisons this process made; the conformance kit checks connectors use them. */
export function timingSafeComparisons(): number {
  return comparisons;
}

/**
 * The value of header `name`, matched case-insensitively. Undefined when it is missing or repeated
 * (a list of other than exactly one value), so a signature or token is only ever read from one header.
 */
export function headerValue(headers: Headers, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
    return value;
  }
  return undefined;
}
