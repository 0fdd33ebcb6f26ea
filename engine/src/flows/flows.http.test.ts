import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  flowDetailSchema,
  flowDocumentSchema,
  flowValidationContextSchema,
  type FlowDetail,
} from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { useApiApp } from '../testing/api-app.js';
import { menuGraph } from './flows.test-support.js';

// A flow's life through the engine's API: drafts with optimistic concurrency, publishing only
// what validates, versions, diffs, rollback, copies, files, activation and archiving.
describe('the flows API', () => {
  const api = useApiApp('/tmp/parley-flows-http-test');
  const { call } = api;
  const detail = (body: unknown): FlowDetail => flowDetailSchema.parse(body);
  const auditOf = (flowId: string) =>
    api.database
      .sql()
      .selectFrom('AuditEntry')
      .select(['action', 'before', 'after'])
      .where('targetId', '=', flowId)
      .execute();

  it('documents every flow route with who may call it', () => {
    const document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    const permissionOf = (path: string, method: string) =>
      (document.paths[path] as Record<string, Record<string, unknown>> | undefined)?.[method]?.[
        'x-parley-permission'
      ];
    expect(permissionOf('/api/flows', 'get')).toBe('flows:read');
    expect(permissionOf('/api/flows', 'post')).toBe('flows:manage');
    expect(permissionOf('/api/flows/{id}/draft', 'put')).toBe('flows:manage');
    expect(permissionOf('/api/flows/{id}/publish', 'post')).toBe('flows:manage');
    expect(permissionOf('/api/flows/{id}/versions/{version}', 'get')).toBe('flows:read');
    expect(permissionOf('/api/flows/{id}/analytics', 'get')).toBe('flows:read');
    expect(permissionOf('/api/flow-runs/{id}', 'get')).toBe('flows:read');
    expect(permissionOf('/api/flow-settings/secrets/{name}', 'put')).toBe('flows:manage');
  });

  it('saves drafts on their revision, publishes only a valid draft, and keeps every version', async () => {
    const created = await call('admin', 'POST', '/api/flows', { name: ' Welcome ' });
    expect(created.status).toBe(201);
    const flow = detail(created.body);
    expect(flow).toMatchObject({
      name: 'Welcome',
      status: 'draft',
      publishedVersion: null,
      unpublishedChanges: true,
      problemCount: 0,
      draft: { revision: 0 },
      updatedBy: { id: api.people.admin.userId, name: 'boss' },
    });
    expect(flow.draft.graph.nodes).toMatchObject([{ type: 'trigger', match: { kind: 'new_conversation' } }]);

    // A team that is not there: saved, with the problem pinned on its node.
    const missingTeam = randomUUID();
    const saved = await call('admin', 'PUT', `/api/flows/${flow.id}/draft`, {
      revision: 0,
      graph: menuGraph(missingTeam),
    });
    expect(saved.status).toBe(200);
    expect(detail(saved.body)).toMatchObject({ draft: { revision: 1 }, problemCount: 1 });

    // Another editor still on revision 0 overwrites nothing.
    const stale = await call('admin', 'PUT', `/api/flows/${flow.id}/draft`, {
      revision: 0,
      graph: menuGraph(),
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_REVISION', currentRevision: 1 } });
    expect(stale.body.message).toContain('revision 1');
    const kept = detail((await call('admin', 'GET', `/api/flows/${flow.id}`)).body);
    expect(kept.draft.graph).toEqual(menuGraph(missingTeam));

    const refused = await call('admin', 'POST', `/api/flows/${flow.id}/publish`, { revision: 1 });
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'FLOW_INVALID', problems: [{ nodeId: 'talk', rule: 'team_missing' }] },
    });
    expect(
      (await call('admin', 'POST', `/api/flows/${flow.id}/publish`, { revision: 0 })).body,
    ).toMatchObject({
      code: 'STALE_REVISION',
      currentRevision: 1,
    });

    const team = await call('admin', 'POST', '/api/teams', {
      name: 'Support',
      strategy: 'round_robin',
      defaultCapacity: 5,
    });
    const teamId = team.body.id as string;
    await call('admin', 'PUT', `/api/flows/${flow.id}/draft`, { revision: 1, graph: menuGraph(teamId) });
    const first = await call('admin', 'POST', `/api/flows/${flow.id}/publish`, {
      revision: 2,
      note: 'first',
    });
    expect(first.status).toBe(201);
    expect(detail(first.body)).toMatchObject({
      status: 'inactive',
      publishedVersion: 1,
      unpublishedChanges: false,
      problems: [],
    });

    const edited = menuGraph(teamId);
    const menu = edited.nodes[1]!;
    if (menu.type !== 'reply_buttons') throw new Error('the menu is a reply_buttons node');
    menu.body = 'Hello! How can we help?';
    await call('admin', 'PUT', `/api/flows/${flow.id}/draft`, {
      revision: 2,
      graph: edited,
      description: 'Greets',
    });
    const listed = await call('admin', 'GET', '/api/flows');
    expect(listed.body.items).toMatchObject([
      { id: flow.id, description: 'Greets', unpublishedChanges: true },
    ]);
    expect((listed.body.items as object[])[0]).not.toHaveProperty('draft');
    const second = await call('admin', 'POST', `/api/flows/${flow.id}/publish`, { revision: 3 });
    expect(detail(second.body).publishedVersion).toBe(2);

    const versions = await call('admin', 'GET', `/api/flows/${flow.id}/versions`);
    expect(versions.body.items).toMatchObject([
      {
        version: 2,
        note: '',
        current: true,
        rolledBackFrom: null,
        runningCount: 0,
        publishedBy: { name: 'boss' },
      },
      { version: 1, note: 'first', current: false },
    ]);
    const one = await call('admin', 'GET', `/api/flows/${flow.id}/versions/1`);
    expect(one).toMatchObject({ status: 200, body: { version: 1, graph: menuGraph(teamId) } });
    expect((await call('admin', 'GET', `/api/flows/${flow.id}/versions/9`)).body.code).toBe(
      'VERSION_NOT_FOUND',
    );
    expect((await call('admin', 'GET', `/api/flows/${flow.id}/versions/first`)).body).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'version' }],
    });

    expect((await call('admin', 'GET', `/api/flows/${flow.id}/diff?from=1&to=2`)).body).toEqual({
      from: 1,
      to: 2,
      nodes: { added: [], removed: [], changed: [{ id: 'menu', fields: ['body'] }] },
      edges: { added: [], removed: [] },
      settingsChanged: false,
    });
    expect((await call('admin', 'GET', `/api/flows/${flow.id}/diff?from=2&to=draft`)).body).toMatchObject({
      to: 'draft',
      nodes: { changed: [] },
    });

    const rolledBack = await call('admin', 'POST', `/api/flows/${flow.id}/rollback`, {
      version: 1,
      note: 'too chatty',
    });
    expect(rolledBack.status).toBe(201);
    expect(detail(rolledBack.body)).toMatchObject({
      publishedVersion: 3,
      unpublishedChanges: false,
      draft: { revision: 4, graph: menuGraph(teamId) },
    });
    expect((await call('admin', 'GET', `/api/flows/${flow.id}/versions/3`)).body).toMatchObject({
      rolledBackFrom: 1,
      note: 'too chatty',
      current: true,
      graph: menuGraph(teamId),
    });

    const audit = await api.database
      .sql()
      .selectFrom('AuditEntry')
      .select('action')
      .where('targetId', '=', flow.id)
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'flow.created',
      'flow.published',
      'flow.published',
      'flow.rolled_back',
    ]);
  });

  it('copies, exports and imports a flow, and refuses a file that is not one, naming the field', async () => {
    const original = detail(
      (await call('admin', 'POST', '/api/flows', { name: 'お問い合わせ', graph: menuGraph() })).body,
    );
    const copy = await call('admin', 'POST', `/api/flows/${original.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(detail(copy.body)).toMatchObject({
      name: 'お問い合わせ (copy)',
      publishedVersion: null,
      draft: { graph: menuGraph() },
    });

    const exported = await api.raw('admin', 'GET', `/api/flows/${original.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename=".*\.parley-flow\.json"; filename\*=UTF-8''/,
    );
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent('お問い合わせ'));
    const document = flowDocumentSchema.parse(JSON.parse(exported.body));
    expect(document).toMatchObject({ format: 'parley-flow', name: 'お問い合わせ', graph: menuGraph() });

    const imported = await call('admin', 'POST', '/api/flows/import', { document, name: 'Imported' });
    expect(imported.status).toBe(201);
    expect(detail(imported.body)).toMatchObject({
      name: 'Imported',
      problems: [],
      draft: { revision: 0, graph: menuGraph() },
    });

    const broken = JSON.parse(exported.body) as { graph: { nodes: { type: string }[] } };
    broken.graph.nodes[1]!.type = 'carousel';
    const bad = await call('admin', 'POST', '/api/flows/import', { document: broken });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
    expect(bad.body.message).toContain('document.graph.nodes.1.type');
    const notAFlow = await call('admin', 'POST', '/api/flows/import', { document: { format: 'n8n' } });
    expect((notAFlow.body.issues as { path: string }[]).map((issue) => issue.path)).toContain(
      'document.format',
    );
    expect(await auditOf(detail(copy.body).id)).toMatchObject([
      { action: 'flow.created', after: expect.objectContaining({ duplicatedFrom: original.id }) },
    ]);
    expect(await auditOf(detail(imported.body).id)).toMatchObject([
      { action: 'flow.imported', after: { name: 'Imported' } },
    ]);
  });

  it('turns a published flow on for channel accounts of the organisation only, and archives it', async () => {
    const flow = detail(
      (await call('admin', 'POST', '/api/flows', { name: 'Hours', graph: menuGraph() })).body,
    );
    const on = { channelAccountIds: [api.account.id] };
    expect((await call('admin', 'PUT', `/api/flows/${flow.id}/activation`, on)).body).toMatchObject({
      code: 'FLOW_NOT_PUBLISHED',
    });
    expect(
      (await call('admin', 'PUT', `/api/flows/${flow.id}/activation`, { channelAccountIds: [] })).status,
    ).toBe(200);
    await call('admin', 'POST', `/api/flows/${flow.id}/publish`, { revision: 0 });
    const stranger = await call('admin', 'PUT', `/api/flows/${flow.id}/activation`, {
      channelAccountIds: [randomUUID()],
    });
    expect(stranger).toMatchObject({ status: 400, body: { issues: [{ path: 'channelAccountIds.0' }] } });
    const active = await call('admin', 'PUT', `/api/flows/${flow.id}/activation`, on);
    expect(active).toMatchObject({
      status: 200,
      body: { status: 'active', channelAccountIds: [api.account.id] },
    });

    const context = flowValidationContextSchema.parse(
      (await call('admin', 'GET', `/api/flows/validation-context?flowId=${flow.id}`)).body,
    );
    expect(context.channels).toMatchObject([{ channelAccountId: api.account.id, channelName: 'WhatsApp' }]);
    expect(context.flows.map((other) => other.id)).not.toContain(flow.id);
    expect(context.agents.map((agent) => agent.name).sort()).toEqual(['aoi', 'ben', 'boss']);

    const removed = await call('admin', 'DELETE', `/api/flows/${flow.id}`);
    expect(removed).toMatchObject({
      status: 200,
      body: { id: flow.id, status: 'inactive', channelAccountIds: [] },
    });
    expect((await call('admin', 'GET', `/api/flows/${flow.id}`)).status).toBe(404);
    expect((await call('admin', 'GET', '/api/flows')).body.items).not.toContainEqual(
      expect.objectContaining({ id: flow.id }),
    );
    expect(
      await api.database.sql().selectFrom('FlowVersion').select('id').where('flow', '=', flow.id).execute(),
    ).toHaveLength(1);
    const audit = await auditOf(flow.id);
    expect(
      audit.filter((entry) => entry.action === 'flow.activation_updated').map((entry) => entry.after),
    ).toEqual(expect.arrayContaining([{ channelAccountIds: [api.account.id] }]));
    expect(audit.find((entry) => entry.action === 'flow.deleted')?.before).toMatchObject({
      channelAccountIds: [api.account.id],
    });
  });

  it('keeps flows from agents: 403', async () => {
    expect((await call('agent', 'GET', '/api/flows')).status).toBe(403);
    expect((await call('agent', 'POST', '/api/flows', { name: 'Mine' })).status).toBe(403);
    expect((await call('agent', 'GET', '/api/flows/validation-context')).status).toBe(403);
    expect((await call('agent', 'GET', '/api/flow-settings')).status).toBe(403);
  });
});
