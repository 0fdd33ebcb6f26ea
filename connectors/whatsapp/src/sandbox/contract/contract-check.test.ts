import { afterEach, describe, expect, it } from 'vitest';
import { buildSandbox, type Sandbox } from '../sandbox.server.js';
import type { ContractViolation } from './contract-check.js';
import { offSpecOperations } from './off-spec-operations.js';
import { markOperation } from './spec-operation.js';

let sandbox: Sandbox | undefined;
afterEach(async () => sandbox?.app.close());

function build(violations: ContractViolation[]) {
  sandbox = buildSandbox(
    {
      port: 0,
      host: '127.0.0.1',
      webhookUrl: 'http://127.0.0.1:9/unreachable',
      appSecret: 's',
      accessToken: 't',
      phoneNumberId: '100000000000001',
      displayPhoneNumber: '+1 555 0100',
      businessAccountId: '100000000000000',
      statusDelaysMs: { sent: 0, delivered: 0, read: 0 },
    },
    {
      onContractViolation: (violation) => violations.push(violation),
      retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    },
  );
  return sandbox;
}

describe('the contract check', () => {
  it('reports Graph responses that break the spec, and unmapped ones', async () => {
    const violations: ContractViolation[] = [];
    const { app } = build(violations);
    app.get('/v23.0/test/broken', async (request) => {
      markOperation(request, '/{Version}/{WABA-ID}/message_templates');
      return { data: 'not a list' };
    });
    app.get('/v23.0/test/unmapped', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/v23.0/test/broken' });
    await app.inject({ method: 'GET', url: '/v23.0/test/unmapped' });
    expect(violations).toEqual([
      expect.objectContaining({
        kind: 'response',
        where: 'GET /v23.0/test/broken',
        issues: [{ path: 'data', message: 'must be array' }],
      }),
      expect.objectContaining({ kind: 'response', where: 'GET /v23.0/test/unmapped' }),
    ]);
  });

  it('holds off-spec operations to the answers Meta documents for them', async () => {
    const violations: ContractViolation[] = [];
    const { app } = build(violations);
    app.post('/v23.0/test/upload-ok', async (request) => {
      markOperation(request, offSpecOperations.uploadFile);
      return { h: '4::aW1hZ2U=:x' };
    });
    app.post('/v23.0/test/upload-broken', async (request) => {
      markOperation(request, offSpecOperations.uploadSession);
      return { id: '12345' };
    });
    app.post('/v23.0/test/unpause-error', async (request, reply) => {
      markOperation(request, offSpecOperations.unpauseTemplate);
      return reply.code(400).send({ error: 'plain text' });
    });
    for (const path of ['upload-ok', 'upload-broken', 'unpause-error'])
      await app.inject({ method: 'POST', url: `/v23.0/test/${path}` });
    expect(violations.map((violation) => [violation.where, violation.status])).toEqual([
      ['POST /v23.0/test/upload-broken', 200],
      ['POST /v23.0/test/unpause-error', 400],
    ]);
  });

  it('checks error answers against GraphAPIError and leaves the sandbox’s own API alone', async () => {
    const violations: ContractViolation[] = [];
    const { app } = build(violations);
    app.get('/v23.0/test/bad-error', async (_request, reply) =>
      reply.code(400).send({ error: 'plain text' }),
    );
    await app.inject({ method: 'GET', url: '/v23.0/test/bad-error' });
    await app.inject({ method: 'GET', url: '/v23.0/100000000000001/unknown-edge' });
    await app.inject({ method: 'GET', url: '/sandbox/nothing' });
    expect(violations.map((violation) => violation.where)).toEqual(['GET /v23.0/test/bad-error']);
  });

  it('reports webhooks that break the contract before they are posted', async () => {
    const violations: ContractViolation[] = [];
    const { context } = build(violations);
    context.webhooks.publish('100000000000000', { object: 'whatsapp_business_account', entry: [] });
    expect(violations).toEqual([
      expect.objectContaining({ kind: 'webhook', issues: [expect.objectContaining({ path: 'entry' })] }),
    ]);
  });
});
