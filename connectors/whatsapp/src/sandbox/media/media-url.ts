import { createHmac } from 'node:crypto';
import { timingSafeStringEqual } from '@parley/connector-sdk';

/**
 * Download URLs like Meta's lookaside ones: `…/sandbox/media/{id}/download?ext=<expiry>&hash=<hmac>`.
 * The HMAC (keyed with the app secret) makes the expiry tamper-proof.
 */
export function signedMediaPath(secret: string, mediaId: string, expiresAtMs: number): string {
  const ext = String(Math.floor(expiresAtMs / 1000));
  return `/sandbox/media/${mediaId}/download?ext=${ext}&hash=${hash(secret, mediaId, ext)}`;
}

export type MediaUrlCheck = 'valid' | 'expired' | 'invalid';

export function checkMediaUrl(
  secret: string,
  mediaId: string,
  query: { ext?: string; hash?: string },
  nowMs: number,
): MediaUrlCheck {
  if (!query.ext || !query.hash || !/^\d+$/.test(query.ext)) return 'invalid';
  if (!timingSafeStringEqual(query.hash, hash(secret, mediaId, query.ext))) return 'invalid';
  return Number(query.ext) * 1000 < nowMs ? 'expired' : 'valid';
}

function hash(secret: string, mediaId: string, ext: string): string {
  return createHmac('sha256', secret).update(`${mediaId}:${ext}`).digest('base64url');
}
