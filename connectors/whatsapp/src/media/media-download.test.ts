import { createHash } from 'node:crypto';
import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { whatsappConnector } from '../whatsapp.connector.js';
import { downloadMedia, sha256Matches } from './media-download.js';

const endpoint = { apiBaseUrl: 'https://graph.example.test', graphVersion: 'v21.0', accessToken: 'token-1' };
const bytes = Buffer.from('\x89PNG fake image bytes');
const hex = createHash('sha256').update(bytes).digest('hex');
const mediaUrl = 'https://lookaside.example.test/whatsapp_business/attachments/?mid=1003383421387256&ext=1';

type Seen = { url: string; authorization: string | null };
function platform(routes: Record<string, () => Response | Promise<Response>>) {
  const seen: Seen[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    const route = routes[request.url];
    if (!route) return Response.json({ error: { message: 'Unknown path', code: 100 } }, { status: 404 });
    return route();
  };
  return { fetch, seen };
}
const info = (sha256: string | undefined) => () =>
  Response.json({
    messaging_product: 'whatsapp',
    url: mediaUrl,
    mime_type: 'image/png',
    sha256,
    file_size: bytes.length,
    id: '1003383421387256',
  });
const infoUrl = 'https://graph.example.test/v21.0/1003383421387256';

async function failure(promise: Promise<unknown>): Promise<ConnectorSendError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof ConnectorSendError))
    throw new Error(`expected ConnectorSendError, got ${String(error)}`);
  return error;
}

describe('downloadMedia', () => {
  it('looks the media up by id, then fetches its URL, both with the bearer token', async () => {
    const { fetch, seen } = platform({ [infoUrl]: info(hex), [mediaUrl]: () => new Response(bytes) });
    const media = await downloadMedia(endpoint, '1003383421387256', { fetch });
    expect(media).toEqual({ data: bytes, mimeType: 'image/png', sha256: hex });
    expect(seen).toEqual([
      { url: infoUrl, authorization: 'Bearer token-1' },
      { url: mediaUrl, authorization: 'Bearer token-1' },
    ]);
  });

  it('accepts the digest in base64, as webhooks give it, and no digest at all', async () => {
    const base64 = createHash('sha256').update(bytes).digest('base64');
    const withBase64 = platform({ [infoUrl]: info(base64), [mediaUrl]: () => new Response(bytes) });
    await expect(downloadMedia(endpoint, '1003383421387256', withBase64)).resolves.toMatchObject({
      data: bytes,
    });
    const without = platform({ [infoUrl]: info(undefined), [mediaUrl]: () => new Response(bytes) });
    await expect(downloadMedia(endpoint, '1003383421387256', without)).resolves.toEqual({
      data: bytes,
      mimeType: 'image/png',
    });
  });

  it('refuses bytes that do not match the digest (retryable: a fresh download may)', async () => {
    const { fetch } = platform({ [infoUrl]: info(hex), [mediaUrl]: () => new Response('truncated') });
    expect(await failure(downloadMedia(endpoint, '1003383421387256', { fetch }))).toMatchObject({
      platformCode: 'media_checksum_mismatch',
      retryable: true,
    });
  });

  it('classifies failures like sends', async () => {
    const unknown = platform({});
    expect(await failure(downloadMedia(endpoint, '42', unknown))).toMatchObject({
      platformCode: '100',
      retryable: false,
      httpStatus: 404,
    });
    const expired = platform({
      [infoUrl]: info(hex),
      [mediaUrl]: () => new Response('denied', { status: 401 }),
    });
    expect(await failure(downloadMedia(endpoint, '1003383421387256', expired))).toMatchObject({
      platformCode: 'http_401',
      retryable: false,
    });
    const down = platform({ [infoUrl]: info(hex), [mediaUrl]: () => new Response('oops', { status: 503 }) });
    expect(await failure(downloadMedia(endpoint, '1003383421387256', down))).toMatchObject({
      platformCode: 'http_503',
      retryable: true,
    });
    const offline = platform({
      [infoUrl]: info(hex),
      [mediaUrl]: () => Promise.reject(new TypeError('fetch failed')),
    });
    expect(await failure(downloadMedia(endpoint, '1003383421387256', offline))).toMatchObject({
      platformCode: 'network',
      retryable: true,
    });
  });

  it('is what the channel client offers, on the configured Graph version', async () => {
    const { fetch, seen } = platform({ [infoUrl]: info(hex), [mediaUrl]: () => new Response(bytes) });
    const config = whatsappConnector.configSchema.parse({ ...endpoint, appSecret: 's', verifyToken: 'v' });
    const client = whatsappConnector.create(config, { fetch });
    await expect(client.downloadMedia?.('1003383421387256')).resolves.toMatchObject({
      mimeType: 'image/png',
    });
    expect(seen[0]?.url).toBe(infoUrl);
  });
});

describe('sha256Matches', () => {
  it('compares hex in any case and base64 exactly', () => {
    expect(sha256Matches(bytes, hex.toUpperCase())).toBe(true);
    expect(sha256Matches(bytes, createHash('sha256').update('other').digest('hex'))).toBe(false);
    expect(sha256Matches(bytes, 'not a digest')).toBe(false);
  });
});
