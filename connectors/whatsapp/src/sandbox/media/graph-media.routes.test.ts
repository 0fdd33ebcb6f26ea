import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  customer,
  phoneNumberId,
  secrets,
  startGraphHarness,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const jpeg = Buffer.from('ffd8ffe000104a464946000101', 'hex');

async function upload(
  file: Blob,
  fields: Record<string, string> = { messaging_product: 'whatsapp', type: file.type },
  name = 'photo.jpg',
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', file, name);
  const response = await fetch(`${harness.sandbox.url}/v23.0/${phoneNumberId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secrets.accessToken}` },
    body: form,
  });
  return {
    status: response.status,
    json: (await response.json()) as { id?: string; error?: { code: number; message: string } },
  };
}

const download = (url: string, token: string | null = secrets.accessToken) =>
  fetch(url, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });

describe('media', () => {
  it('uploads multipart media, describes it with a 5-minute URL and serves the same bytes with the bearer token', async () => {
    const uploaded = await upload(new Blob([jpeg], { type: 'image/jpeg' }));
    expect(uploaded).toEqual({ status: 200, json: { id: expect.stringMatching(/^\d+$/) } });
    const described = await harness.graph('GET', `/${uploaded.json.id}`);
    expect(described.json).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringMatching(
        new RegExp(`^${harness.sandbox.url}/sandbox/media/${uploaded.json.id}/download\\?ext=\\d+&hash=`),
      ),
      mime_type: 'image/jpeg',
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      file_size: String(jpeg.length),
      id: uploaded.json.id,
    });
    const ok = await download(described.json.url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(jpeg);
    expect((await download(described.json.url, null)).status).toBe(401);
    expect((await download(described.json.url, 'wrong')).status).toBe(401);
    expect((await download(described.json.url.replace('hash=', 'hash=x'))).status).toBe(404);
    await harness.call('POST', '/sandbox/clock', { advanceMs: 5 * 60 * 1000 + 1_000 });
    expect((await download(described.json.url)).status).toBe(404);
    expect((await download((await harness.graph('GET', `/${uploaded.json.id}`)).json.url)).status).toBe(200);
  });

  it('refuses missing fields, unsupported types and files over the limit of their kind', async () => {
    const image = new Blob([jpeg], { type: 'image/jpeg' });
    expect((await upload(image, { type: 'image/jpeg' })).json.error?.message).toContain('messaging_product');
    const gif = await upload(new Blob([jpeg], { type: 'image/gif' }));
    expect(gif).toMatchObject({ status: 400, json: { error: { code: 100 } } });
    expect(gif.json.error?.message).toContain('Param file must be a file with one of the following types');
    const big = await upload(new Blob([Buffer.alloc(5 * 1024 * 1024 + 1)], { type: 'image/png' }));
    expect(big).toMatchObject({ status: 400, json: { error: { code: 131053 } } });
    const bigDocument = await upload(
      new Blob([Buffer.alloc(6 * 1024 * 1024)], { type: 'application/pdf' }),
      undefined,
      'a.pdf',
    );
    expect(bigDocument.status).toBe(200);
  });

  it('deletes media; it is then gone', async () => {
    const { json } = await upload(new Blob([jpeg], { type: 'image/jpeg' }));
    expect(await harness.graph('DELETE', `/${json.id}`)).toEqual({ status: 200, json: { success: true } });
    expect((await harness.graph('GET', `/${json.id}`)).json.error).toMatchObject({
      code: 100,
      error_subcode: 33,
    });
  });

  it('checks the owner with ?phone_number_id and hides media from other businesses’ tokens', async () => {
    const { json } = await upload(new Blob([jpeg], { type: 'image/jpeg' }));
    expect((await harness.graph('GET', `/${json.id}?phone_number_id=400000000000002`)).json.error.code).toBe(
      100,
    );
    const signup = await harness.call('POST', '/sandbox/signup', { businessId: '200000000000002' });
    const token = await harness.graph(
      'GET',
      `/oauth/access_token?client_id=100000000000900&client_secret=${secrets.appSecret}&code=${signup.json.code}`,
      undefined,
      null,
    );
    expect(
      (await harness.graph('GET', `/${json.id}`, undefined, token.json.access_token)).json.error
        .error_subcode,
    ).toBe(33);
  });

  it('sends uploaded media by id, and fails a send whose media id is unknown with 131053', async () => {
    await harness.customerSends(customer, { text: 'Send me the photo' });
    const { json } = await upload(new Blob([jpeg], { type: 'image/jpeg' }));
    const sent = await harness.send({
      to: customer,
      type: 'image',
      image: { id: json.id, caption: 'Here it is' },
    });
    const missing = await harness.send({ to: customer, type: 'image', image: { id: '12345' } });
    await expect.poll(() => harness.statusesOf(sent.json.messages[0].id).length).toBe(3);
    await expect
      .poll(() => harness.statusesOf(missing.json.messages[0].id))
      .toEqual([
        expect.objectContaining({ status: 'failed', errors: [expect.objectContaining({ code: 131053 })] }),
      ]);
    const phone = (await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items;
    expect(phone.map((item: { type: string; text: string }) => [item.type, item.text])).toEqual([
      ['text', 'Send me the photo'],
      ['image', 'Here it is'],
    ]);
  });
});
