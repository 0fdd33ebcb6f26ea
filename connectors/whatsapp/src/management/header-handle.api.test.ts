import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { fakeGraph, graphError } from '../fixtures/fake-graph.fixture.js';
import { headerMediaFormatFor, headerMediaLimits } from './header-handle.api.js';
import { createWhatsAppManagementClient } from './management.client.js';

const config = { apiBaseUrl: 'https://graph.example.test', graphVersion: 'v23.0', accessToken: 'token-1' };
const appId = '100000000000900';
const session = 'upload:MTphdHRhY2htZW50OmQ2ZmQ3?sig=ARZqkGCA';

async function failure(promise: Promise<unknown>): Promise<ConnectorSendError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof ConnectorSendError))
    throw new Error(`expected ConnectorSendError, got ${String(error)}`);
  return error;
}

describe('uploadHeaderHandle', () => {
  it('opens an upload session with the bearer token, then posts the bytes with OAuth and file_offset 0', async () => {
    const graph = fakeGraph({
      [`POST /v23.0/${appId}/uploads`]: Response.json({ id: session }),
      'POST /v23.0/upload:MTphdHRhY2htZW50OmQ2ZmQ3': Response.json({ h: '4::aW1hZ2UvcG5n:ARb-handle' }),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const png = new TextEncoder().encode('\x89PNG sample');
    await expect(
      client.uploadHeaderHandle(appId, { data: png, mimeType: 'image/png', filename: 'box.png' }),
    ).resolves.toEqual({ handle: '4::aW1hZ2UvcG5n:ARb-handle' });
    const [start, upload] = graph.requests;
    expect(start?.headers.get('authorization')).toBe('Bearer token-1');
    expect(Object.fromEntries(start?.url.searchParams ?? [])).toEqual({
      file_name: 'box.png',
      file_length: String(png.byteLength),
      file_type: 'image/png',
    });
    expect(start?.body).toBe('');
    expect(upload?.url.search).toBe('?sig=ARZqkGCA');
    expect(upload?.headers.get('authorization')).toBe('OAuth token-1');
    expect(upload?.headers.get('file_offset')).toBe('0');
    expect(upload?.headers.get('content-type')).toBe('application/octet-stream');
    expect(upload?.body).toBe('\x89PNG sample');
  });

  it('takes a Blob, names the file after its type, and reads the type without parameters', async () => {
    const graph = fakeGraph({
      [`POST /v23.0/${appId}/uploads`]: Response.json({ id: 'upload:abc' }),
      'POST /v23.0/upload:abc': Response.json({ h: '4::cGRm:h' }),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const pdf = new Blob(['%PDF-1.7 menu'], { type: 'application/pdf' });
    await expect(
      client.uploadHeaderHandle(appId, { data: pdf, mimeType: 'Application/PDF; version=1.7' }),
    ).resolves.toEqual({ handle: '4::cGRm:h' });
    const query = graph.requests[0]?.url.searchParams;
    expect([query?.get('file_name'), query?.get('file_type'), query?.get('file_length')]).toEqual([
      'header.pdf',
      'application/pdf',
      '13',
    ]);
    expect(graph.requests[1]?.body).toBe('%PDF-1.7 menu');
  });

  it('refuses types and sizes WhatsApp does not take as header samples, before any request', async () => {
    const graph = fakeGraph({});
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const gif = await failure(
      client.uploadHeaderHandle(appId, { data: new Uint8Array(4), mimeType: 'image/gif' }),
    );
    expect(gif).toMatchObject({ platformCode: 'invalid_request', retryable: false });
    expect(gif.message).toContain(
      'image/jpeg or image/png (IMAGE), video/mp4 (VIDEO), application/pdf (DOCUMENT)',
    );
    const bigImage = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]);
    expect(
      (await failure(client.uploadHeaderHandle(appId, { data: bigImage, mimeType: 'image/jpeg' }))).message,
    ).toBe('The IMAGE header sample is 5242881 bytes; the limit is 5242880 (5 MB)');
    const bigVideo = new Blob([new Uint8Array(16 * 1024 * 1024 + 1)]);
    await expect(
      failure(client.uploadHeaderHandle(appId, { data: bigVideo, mimeType: 'video/mp4' })),
    ).resolves.toMatchObject({
      platformCode: 'invalid_request',
      message: expect.stringContaining('(16 MB)'),
    });
    await expect(
      failure(client.uploadHeaderHandle(appId, { data: new Uint8Array(0), mimeType: 'application/pdf' })),
    ).resolves.toMatchObject({ platformCode: 'invalid_request', message: 'The header sample is empty' });
    await expect(
      failure(client.uploadHeaderHandle('my-app', { data: new Uint8Array(1), mimeType: 'image/png' })),
    ).resolves.toMatchObject({ platformCode: 'invalid_request', retryable: false });
    expect(graph.requests).toHaveLength(0);
  });

  it('maps Graph errors like sends, refuses an answer that is not an upload session, and needs a token', async () => {
    const png = { data: new Uint8Array([1, 2, 3]), mimeType: 'image/png' };
    const graph = fakeGraph({
      [`POST /v23.0/${appId}/uploads`]: graphError(400, 100, 'Invalid parameter'),
      'POST /v23.0/2/uploads': Response.json({ id: '12345' }),
      'POST /v23.0/3/uploads': Response.json({ id: 'upload:x' }),
      'POST /v23.0/upload:x': graphError(500, 2, 'Service temporarily unavailable'),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    expect(await failure(client.uploadHeaderHandle(appId, png))).toMatchObject({
      platformCode: '100',
      retryable: false,
    });
    expect(await failure(client.uploadHeaderHandle('2', png))).toMatchObject({
      platformCode: 'invalid_response',
    });
    expect(await failure(client.uploadHeaderHandle('3', png))).toMatchObject({
      platformCode: '2',
      retryable: true,
    });
    const anonymous = createWhatsAppManagementClient(
      { ...config, accessToken: undefined },
      { fetch: graph.fetch },
    );
    expect(await failure(anonymous.uploadHeaderHandle(appId, png))).toMatchObject({
      platformCode: 'no_access_token',
    });
    expect(graph.requests).toHaveLength(4);
  });
});

describe('headerMediaFormatFor', () => {
  it('names the header format of a sample type, as the limits table has it', () => {
    expect(headerMediaFormatFor('image/jpeg')).toBe('IMAGE');
    expect(headerMediaFormatFor('IMAGE/PNG')).toBe('IMAGE');
    expect(headerMediaFormatFor('video/mp4')).toBe('VIDEO');
    expect(headerMediaFormatFor('application/pdf')).toBe('DOCUMENT');
    expect(headerMediaFormatFor('video/3gpp')).toBeUndefined();
    expect(headerMediaFormatFor('image/webp')).toBeUndefined();
    expect(headerMediaLimits.DOCUMENT).toEqual({
      mimeTypes: ['application/pdf'],
      maxBytes: 100 * 1024 * 1024,
    });
  });
});
