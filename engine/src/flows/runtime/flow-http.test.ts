import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performHttp, valueAt } from './flow-http.js';

describe('an HTTP request node’s request', () => {
  const received: { headers: Record<string, unknown>; body: string; url: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body, url: request.url ?? '' });
      if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 500);
      if (request.url === '/moved')
        return void response.writeHead(302, { location: 'https://elsewhere.example' }).end();
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ order: { status: 'shipped', items: [1, 2] } }));
    });
  });
  let host: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const request = (path: string, timeoutMs = 2_000) => ({
    method: 'POST' as const,
    url: `http://${host}${path}`,
    headers: [{ name: 'Authorization', value: 'Bearer {{secret.API_TOKEN}}' }],
    body: '{"token":"{{secret.API_TOKEN}}"}',
    timeoutMs,
    responseMap: [
      { path: 'order.status', variable: 'status' },
      { path: 'order.items', variable: 'items' },
      { path: 'order.missing', variable: 'missing' },
    ],
  });

  it('fills secrets in at the last moment and maps the answer’s fields', async () => {
    const result = await performHttp(request('/orders'), {
      allowedHosts: [host],
      secrets: { API_TOKEN: 's3cret' },
    });
    expect(result).toEqual({
      kind: 'http',
      ok: true,
      status: 200,
      values: { status: 'shipped', items: '[1,2]' },
    });
    expect(received.at(-1)).toMatchObject({
      body: '{"token":"s3cret"}',
      headers: { authorization: 'Bearer s3cret' },
    });
  });

  it('refuses a host not on the list, never calling it', async () => {
    const before = received.length;
    const result = await performHttp(request('/orders'), { allowedHosts: ['api.example.com'], secrets: {} });
    expect(result).toMatchObject({ ok: false, status: 0, error: `${host} is not an allowed host` });
    expect(received).toHaveLength(before);
  });

  it('answers failure on a timeout and on a redirect (which could leave the allowed hosts)', async () => {
    const settings = { allowedHosts: [host], secrets: {} };
    expect(await performHttp(request('/slow', 100), settings)).toMatchObject({ ok: false, status: 0 });
    expect(await performHttp(request('/moved'), settings)).toMatchObject({ ok: false, status: 302 });
  });

  it('reads dotted paths of JSON answers', () => {
    expect(valueAt({ a: { b: 0 } }, 'a.b')).toBe('0');
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
    expect(valueAt('text', 'a')).toBeUndefined();
  });
});
