import { createHash } from 'node:crypto';
import { ConnectorSendError, timingSafeStringEqual, type DownloadedMedia } from '@parley/connector-sdk';
import { z } from 'zod';
import { graphSendError, networkSendError } from '../errors.js';
import { bearer, graphCall, graphPath, type GraphCallOptions, type GraphEndpoint } from '../graph-request.js';

/** `GET /{media-id}`: where the media is (a URL valid about 5 minutes) and what it is. */
export const mediaInfoSchema = z.object({
  url: z.url(),
  mime_type: z.string().min(1),
  sha256: z.string().optional(),
  file_size: z.union([z.number(), z.string()]).optional(),
  id: z.string().optional(),
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;

/** Media downloads may be large (documents up to 100 MB): they get a minute unless told otherwise. */
export const MEDIA_TIMEOUT_MS = 60_000;

/**
 * Fetches media a customer sent: its URL from `GET /{version}/{media-id}`, then the bytes from that
 * URL, both with the bearer token. The bytes are checked against Meta's SHA-256 (hex or base64);
 * a mismatch is a retryable `media_checksum_mismatch`. Errors are classified like sends.
 */
export async function downloadMedia(
  endpoint: GraphEndpoint,
  mediaId: string,
  options: GraphCallOptions,
  downloadTimeoutMs = MEDIA_TIMEOUT_MS,
): Promise<DownloadedMedia> {
  const info = await graphCall(
    endpoint,
    { method: 'GET', path: graphPath(mediaId) },
    mediaInfoSchema,
    options,
  );
  const data = await fetchBytes(info.url, bearer(endpoint), { ...options, timeoutMs: downloadTimeoutMs });
  if (info.sha256 !== undefined && !sha256Matches(data, info.sha256)) {
    throw new ConnectorSendError(
      `Media ${mediaId} does not match its SHA-256`,
      'media_checksum_mismatch',
      true,
    );
  }
  return { data, mimeType: info.mime_type, ...(info.sha256 === undefined ? {} : { sha256: info.sha256 }) };
}

async function fetchBytes(
  url: string,
  headers: Record<string, string>,
  options: GraphCallOptions,
): Promise<Buffer> {
  let response: Response;
  let data: Buffer;
  try {
    response = await options.fetch(url, {
      method: 'GET',
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? MEDIA_TIMEOUT_MS),
    });
    data = Buffer.from(await response.arrayBuffer());
  } catch (cause) {
    throw networkSendError(cause);
  }
  if (!response.ok) throw graphSendError(response.status, parseJson(data));
  return data;
}

const hexDigest = /^[0-9a-f]{64}$/i;

/** Meta gives the digest in hex (media endpoint) or base64 (webhooks); either is accepted. */
export function sha256Matches(data: Buffer, expected: string): boolean {
  const digest = createHash('sha256').update(data).digest();
  const given = expected.trim();
  return hexDigest.test(given)
    ? timingSafeStringEqual(given.toLowerCase(), digest.toString('hex'))
    : timingSafeStringEqual(given, digest.toString('base64'));
}

function parseJson(data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
