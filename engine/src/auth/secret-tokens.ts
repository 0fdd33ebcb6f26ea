import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe token of 32 bytes (256 bits), optionally with a recognisable prefix. */
export function newSecretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * How tokens are stored: their SHA-256. These tokens are random and long, so a fast hash is
 * enough (unlike passwords); the database never holds a token that would work.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
