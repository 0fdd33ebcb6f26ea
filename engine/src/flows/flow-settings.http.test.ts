import { flowSettingsResponseSchema, flowValidationContextSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { useApiApp } from '../testing/api-app.js';
import { FlowSecretsStore } from './flow-secrets.store.js';

// What HTTP request nodes may reach: allowed hosts and sealed secrets, whose values never leave.
describe('flow settings', () => {
  const api = useApiApp('/tmp/parley-flow-settings-http-test');
  const { call } = api;
  const value = 'sk_live_not-to-be-seen-again';

  it('keeps allowed hosts and secrets by name, sealed, and gives their values only to the runtime', async () => {
    expect((await call('admin', 'GET', '/api/flow-settings')).body).toEqual({
      allowedHosts: [],
      secrets: [],
    });
    const hosts = await call('admin', 'PUT', '/api/flow-settings/hosts', {
      allowedHosts: ['API.example.com', '*.shop.example', 'api.example.com'],
    });
    expect(hosts).toMatchObject({
      status: 200,
      body: { allowedHosts: ['api.example.com', '*.shop.example'] },
    });
    expect(
      (await call('admin', 'PUT', '/api/flow-settings/hosts', { allowedHosts: ['https://x.test/'] })).body,
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'allowedHosts.0' }],
    });

    const set = await call('admin', 'PUT', '/api/flow-settings/secrets/API_TOKEN', { value });
    expect(set.status).toBe(200);
    expect(flowSettingsResponseSchema.parse(set.body).secrets).toMatchObject([{ name: 'API_TOKEN' }]);
    expect(JSON.stringify(set.body)).not.toContain(value);
    expect(
      (await call('admin', 'PUT', '/api/flow-settings/secrets/api-token', { value })).body,
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'name' }],
    });
    expect(
      (await call('admin', 'PUT', '/api/flow-settings/secrets/EMPTY', { value: '' })).body,
    ).toMatchObject({
      issues: [{ path: 'value' }],
    });

    const [stored] = await api.database.sql().selectFrom('FlowSecret').select('value').execute();
    expect(stored?.value).toMatch(/^v1\./);
    expect(stored?.value).not.toContain(value);
    const store = api.app.get(FlowSecretsStore);
    expect(await store.resolve(api.organisationId)).toEqual({
      allowedHosts: ['api.example.com', '*.shop.example'],
      secrets: { API_TOKEN: value },
    });
    await call('admin', 'PUT', '/api/flow-settings/secrets/API_TOKEN', { value: 'rotated' });
    expect((await store.resolve(api.organisationId)).secrets).toEqual({ API_TOKEN: 'rotated' });

    const context = flowValidationContextSchema.parse(
      (await call('admin', 'GET', '/api/flows/validation-context')).body,
    );
    expect(context).toMatchObject({
      secrets: ['API_TOKEN'],
      allowedHosts: ['api.example.com', '*.shop.example'],
    });

    expect((await call('admin', 'DELETE', '/api/flow-settings/secrets/API_TOKEN')).body).toMatchObject({
      secrets: [],
    });
    expect((await call('admin', 'DELETE', '/api/flow-settings/secrets/API_TOKEN')).status).toBe(404);

    const audit = await api.database
      .sql()
      .selectFrom('AuditEntry')
      .select(['action', 'before', 'after'])
      .where('organisation', '=', api.organisationId)
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'flow_settings.hosts_updated',
      'flow_settings.secret_deleted',
      'flow_settings.secret_set',
      'flow_settings.secret_set',
    ]);
    expect(JSON.stringify(audit)).not.toContain(value);
    expect(JSON.stringify(audit)).not.toContain('rotated');
  });

  it('keeps them from agents: 403', async () => {
    expect((await call('agent', 'GET', '/api/flow-settings')).status).toBe(403);
    expect((await call('agent', 'PUT', '/api/flow-settings/secrets/API_TOKEN', { value })).status).toBe(403);
    expect((await call('agent', 'PUT', '/api/flow-settings/hosts', { allowedHosts: [] })).status).toBe(403);
  });
});
