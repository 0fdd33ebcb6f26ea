import { describe, expect, it } from 'vitest';
import { fakeGraph } from '../fixtures/fake-graph.fixture.js';
import { createWhatsAppManagementClient } from './management.client.js';
import { mediaKindFor } from './media-upload.api.js';

const config = { apiBaseUrl: 'https://graph.example.test', graphVersion: 'v22.0', accessToken: 'token-1' };
const phoneNumberId = '106540352242922';

describe('uploadMedia', () => {
  it('posts multipart messaging_product, type and file, and returns the media id', async () => {
    const graph = fakeGraph({
      [`POST /v22.0/${phoneNumberId}/media`]: Response.json({ id: '4490709327384033' }),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const pdf = new TextEncoder().encode('%PDF-1.7 invoice');
    await expect(
      client.uploadMedia(phoneNumberId, { data: pdf, mimeType: 'application/pdf', filename: 'invoice.pdf' }),
    ).resolves.toEqual({
      id: '4490709327384033',
    });
    const [request] = graph.requests;
    expect(request?.headers.get('authorization')).toBe('Bearer token-1');
    expect(request?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Request('http://x', {
      method: 'POST',
      body: request?.body,
      headers: request?.headers,
    }).formData();
    expect(form.get('messaging_product')).toBe('whatsapp');
    expect(form.get('type')).toBe('application/pdf');
    const file = form.get('file');
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe('invoice.pdf');
    expect(await (file as File).text()).toBe('%PDF-1.7 invoice');
  });

  it('refuses types and sizes WhatsApp does not take, before sending', async () => {
    const graph = fakeGraph({});
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    await expect(
      client.uploadMedia(phoneNumberId, { data: new Uint8Array(10), mimeType: 'image/gif' }),
    ).rejects.toMatchObject({
      platformCode: 'invalid_request',
      retryable: false,
    });
    const tooBig = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/png' });
    await expect(client.uploadMedia(phoneNumberId, { data: tooBig, mimeType: 'image/png' })).rejects.toThrow(
      /the limit is 5242880/,
    );
    expect(graph.requests).toHaveLength(0);
  });
});

describe('mediaKindFor', () => {
  it('finds the kind and limit of a MIME type, or the asked kind', () => {
    expect(mediaKindFor('image/webp')).toEqual({ kind: 'sticker', maxBytes: 500 * 1024 });
    expect(mediaKindFor('audio/ogg')).toEqual({ kind: 'audio', maxBytes: 16 * 1024 * 1024 });
    expect(mediaKindFor('image/png', 'document')).toBeUndefined();
  });
});
