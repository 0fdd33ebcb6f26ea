import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsAppManagementClient } from '../../management/management.client.js';
import { secrets, startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const appId = '100000000000900';
const pdf = new TextEncoder().encode('%PDF-1.7 menu');
const startSession = (query: Record<string, string>, app = appId, token?: string | null) =>
  harness.graph('POST', `/${app}/uploads?${new URLSearchParams(query)}`, undefined, token);
const pdfSession = async () => {
  const { json } = await startSession({
    file_name: 'menu.pdf',
    file_length: String(pdf.byteLength),
    file_type: 'application/pdf',
  });
  return json.id as string;
};
async function sendFile(
  sessionId: string,
  body: Uint8Array | string | undefined,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${harness.sandbox.url}/v23.0/${sessionId}`, {
    method: 'POST',
    headers: {
      authorization: `OAuth ${secrets.accessToken}`,
      file_offset: '0',
      'content-type': 'application/octet-stream',
      ...headers,
    },
    ...(body === undefined ? {} : { body: body as Uint8Array<ArrayBuffer> | string }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read into answers freely
  return { status: response.status, json: (await response.json()) as any };
}

describe('Resumable Upload API: POST /{app-id}/uploads', () => {
  it('opens a session for the sandbox’s app, then takes the file with OAuth and answers its handle', async () => {
    const sessionId = await pdfSession();
    expect(sessionId).toMatch(/^upload:[\w-]+\?sig=[\w-]+$/);
    const uploaded = await sendFile(sessionId, pdf);
    expect(uploaded).toEqual({ status: 200, json: { h: expect.stringMatching(/^4::\S+$/) } });
    expect(harness.sandbox.context.uploads.file(uploaded.json.h)).toMatchObject({
      fileName: 'menu.pdf',
      mimeType: 'application/pdf',
      size: pdf.byteLength,
      data: Buffer.from(pdf),
    });
    expect((await sendFile(sessionId, pdf)).json.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('refuses another app, a missing token and files it does not take, like Meta', async () => {
    const file = { file_name: 'box.png', file_length: '10', file_type: 'image/png' };
    expect(await startSession(file, '123456')).toMatchObject({
      status: 400,
      json: { error: { code: 100, error_subcode: 33, type: 'GraphMethodException' } },
    });
    expect(await startSession(file, appId, null)).toMatchObject({
      status: 401,
      json: { error: { code: 190 } },
    });
    const refusal = async (query: Record<string, string>) => {
      const answer = await startSession(query);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatchObject({ code: 100, message: '(#100) Invalid parameter' });
      return answer.json.error.error_data.details as string;
    };
    expect(await refusal({ ...file, file_type: 'image/gif' })).toBe(
      'Param file_type must be one of image/jpeg, image/jpg, image/png, video/mp4, application/pdf',
    );
    expect(await refusal({ ...file, file_length: 'ten' })).toBe(
      'Param file_length must be the file size in bytes',
    );
    expect(await refusal({ ...file, file_length: '0' })).toContain('Param file_length must be at least 1');
    expect(await refusal({ ...file, file_length: String(100 * 1024 * 1024 + 1) })).toContain(
      'must be at most 104857600',
    );
    expect(await refusal({ file_length: '10', file_type: 'image/png' })).toBe('Param file_name is required');
  });
});

describe('Resumable Upload API: POST /upload:{session}', () => {
  it('needs the OAuth scheme, the session’s sig, file_offset 0 and exactly file_length bytes', async () => {
    const sessionId = await pdfSession();
    expect(await sendFile(sessionId, pdf, { authorization: `Bearer ${secrets.accessToken}` })).toMatchObject({
      status: 401,
      json: { error: { code: 190 } },
    });
    expect(await sendFile(sessionId, pdf, { authorization: 'OAuth nope' })).toMatchObject({ status: 401 });
    const [path] = sessionId.split('?');
    expect((await sendFile(`${path}?sig=forged`, pdf)).json.error).toMatchObject({
      code: 100,
      error_subcode: 33,
    });
    const details = async (answer: Promise<{ json: { error: { error_data: { details: string } } } }>) =>
      (await answer).json.error.error_data.details;
    expect(await details(sendFile(sessionId, pdf, { file_offset: '5' }))).toBe(
      'Param file_offset must be 0: no bytes of this file have arrived yet',
    );
    expect(await details(sendFile(sessionId, pdf.slice(1)))).toBe(
      `Param file_length is ${pdf.byteLength} but the body has ${pdf.byteLength - 1} bytes`,
    );
    expect(await details(sendFile(sessionId, undefined))).toBe(
      `Param file_length is ${pdf.byteLength} but the body has 0 bytes`,
    );
    expect(await details(sendFile(sessionId, '{}', { 'content-type': 'application/json' }))).toBe(
      "Param (body) must be the file's bytes",
    );
    expect((await sendFile(sessionId, pdf, { 'content-type': 'application/pdf' })).status).toBe(200);
  });

  it('works with the management client, and its handle makes a DOCUMENT header template', async () => {
    const client = createWhatsAppManagementClient({
      apiBaseUrl: harness.sandbox.url,
      accessToken: secrets.accessToken,
    });
    const { handle } = await client.uploadHeaderHandle(appId, { data: pdf, mimeType: 'application/pdf' });
    expect(harness.sandbox.context.uploads.file(handle)?.fileName).toBe('header.pdf');
    await expect(
      client.createTemplate(wabaId, {
        name: 'monthly_menu',
        language: 'en_US',
        category: 'UTILITY',
        components: [
          { type: 'HEADER', format: 'DOCUMENT', example: { header_handle: [handle] } },
          { type: 'BODY', text: 'This month’s menu is attached.' },
        ],
      }),
    ).resolves.toMatchObject({ status: 'PENDING' });
    await expect(
      client.uploadHeaderHandle('123', { data: pdf, mimeType: 'application/pdf' }),
    ).rejects.toMatchObject({ platformCode: '100', retryable: false });
  });
});
