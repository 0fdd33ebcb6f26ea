import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { useApiApp } from '../testing/api-app.js';
import { AssignmentService } from './assignment.service.js';
import { createConversations, snapshotOf } from './routing.test-support.js';

// The routing API through the engine itself (the API role): permissions, parsing, the answers.
describe('the routing API', () => {
  const api = useApiApp('/tmp/parley-routing-http-test');
  const { people, call } = api;

  it('documents every routing route with who may call it', () => {
    const document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    const permissionOf = (path: string, method: string) =>
      (document.paths[path] as Record<string, Record<string, unknown>> | undefined)?.[method]?.[
        'x-parley-permission'
      ];
    expect(permissionOf('/api/teams', 'post')).toBe('routing:manage');
    expect(permissionOf('/api/teams/{id}', 'delete')).toBe('routing:manage');
    expect(permissionOf('/api/teams', 'get')).toBe('inbox:read');
    expect(permissionOf('/api/routing-rules', 'put')).toBe('routing:manage');
    expect(permissionOf('/api/conversations/{id}/transfer', 'post')).toBe('messages:send');
    expect(document.paths['/api/me/availability']?.put).toBeDefined();
  });

  it('lets admins make teams and rules, agents set their availability, and moves conversations by hand', async () => {
    const created = await call('admin', 'POST', '/api/teams', {
      name: ' Support ',
      strategy: 'round_robin',
      defaultCapacity: 5,
      members: [
        { userId: people.agent.userId, capacity: 1 },
        { userId: people.other.userId, capacity: null },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Support',
      fallbackStrategy: 'round_robin',
      members: [{ capacity: 1 }, { capacity: null }],
    });
    const teamId = created.body.id as string;
    expect(
      (await call('admin', 'POST', '/api/teams', { name: 'Support', strategy: 'sticky', defaultCapacity: 2 }))
        .body.code,
    ).toBe('TEAM_NAME_TAKEN');
    const stranger = await call('admin', 'POST', '/api/teams', {
      name: 'Sales',
      strategy: 'least_busy',
      defaultCapacity: 2,
      members: [{ userId: randomUUID(), capacity: null }],
    });
    expect(stranger).toMatchObject({ status: 400, body: { issues: [{ path: 'members.0.userId' }] } });
    expect(
      (await call('agent', 'POST', '/api/teams', { name: 'Mine', strategy: 'sticky', defaultCapacity: 2 }))
        .status,
    ).toBe(403);
    expect((await call('agent', 'GET', '/api/teams')).body.items).toHaveLength(1);

    expect(
      (await call('admin', 'PUT', '/api/routing-rules', { rules: [], defaultTeamId: randomUUID() })).body
        .issues,
    ).toEqual([{ path: 'defaultTeamId', message: 'is not a team of this organisation' }]);
    const rules = await call('admin', 'PUT', '/api/routing-rules', { rules: [], defaultTeamId: teamId });
    expect(rules).toMatchObject({ status: 200, body: { defaultTeamId: teamId } });
    expect((await call('agent', 'GET', '/api/routing-rules')).status).toBe(403);

    const online = await call('agent', 'PUT', '/api/me/availability', {
      availability: 'online',
      capacity: 3,
    });
    expect(online).toEqual({ status: 200, body: { availability: 'online', capacity: 3, openCount: 0 } });

    // Aoi takes one at most in this team; Ben is offline: the second waits.
    const routing = api.app.get(AssignmentService);
    const [first, second] = await createConversations(api.database, api.account, 2);
    await routing.route(first!, snapshotOf(api.account));
    await routing.route(second!, snapshotOf(api.account));
    expect((await call('agent', 'GET', '/api/me/availability')).body.openCount).toBe(1);

    const full = await call('admin', 'POST', `/api/conversations/${second}/assign`, {
      userId: people.agent.userId,
    });
    expect(full).toMatchObject({
      status: 409,
      body: { code: 'AGENT_AT_CAPACITY', message: 'aoi is at capacity: 1 open conversations' },
    });
    const offline = await call('admin', 'POST', `/api/conversations/${second}/assign`, {
      userId: people.other.userId,
    });
    expect(offline).toMatchObject({ status: 409, body: { code: 'AGENT_OFFLINE' } });
    expect((await call('other', 'POST', `/api/conversations/${first}/close`)).status).toBe(403);

    const closed = await call('agent', 'POST', `/api/conversations/${first}/close`);
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', assignedUserId: null } });
    const [row] = await api.database
      .sql()
      .selectFrom('Conversation')
      .select('assignedUser')
      .where('id', '=', second!)
      .execute();
    expect(row?.assignedUser).toBe(people.agent.userId); // the freed slot took the waiting one

    expect(
      (await call('agent', 'POST', `/api/conversations/${second}/snooze`, { until: '2020-01-01T00:00:00Z' }))
        .body.issues,
    ).toEqual([{ path: 'until', message: 'must be in the future' }]);
    const note = 'needs a refund';
    const transferred = await call('agent', 'POST', `/api/conversations/${second}/transfer`, {
      teamId,
      note,
    });
    expect(transferred).toMatchObject({ status: 200, body: { teamId, assignedUserId: null } });
    expect((await call('agent', 'POST', `/api/conversations/${first}/reopen`)).body).toMatchObject({
      status: 'open',
      assignedUserId: people.agent.userId,
    });
    expect((await call('admin', 'POST', `/api/conversations/${randomUUID()}/close`)).body.code).toBe(
      'NOT_FOUND',
    );

    const audit = await api.database
      .sql()
      .selectFrom('AuditEntry')
      .select('action')
      .where('organisation', '=', api.organisationId)
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual(['routing_rules.updated', 'team.created']);
  });
  it('shows who had a conversation, and gives it back to automation', async () => {
    const [conversationId] = await createConversations(api.database, api.account, 1);
    const assigned = await call('admin', 'POST', `/api/conversations/${conversationId}/assign`, {
      userId: people.agent.userId,
    });
    expect(assigned).toMatchObject({ status: 200, body: { assignedUserId: people.agent.userId } });
    expect(
      (await call('other', 'POST', `/api/conversations/${conversationId}/return-to-automation`)).status,
    ).toBe(403);
    const returned = await call('agent', 'POST', `/api/conversations/${conversationId}/return-to-automation`);
    expect(returned).toMatchObject({
      status: 200,
      body: { status: 'open', teamId: null, assignedUserId: null, queuedAt: null },
    });
    const events = await call('other', 'GET', `/api/conversations/${conversationId}/events`);
    expect(events.status).toBe(200);
    expect(events.body.items).toMatchObject([
      {
        kind: 'assigned',
        actor: { id: people.admin.userId, name: 'boss' },
        toUser: { id: people.agent.userId, name: 'aoi' },
        fromUser: null,
      },
      { kind: 'returned_to_automation', actor: { name: 'aoi' }, fromUser: { name: 'aoi' }, toUser: null },
    ]);
    expect((await call('agent', 'GET', `/api/conversations/${randomUUID()}/events`)).body.code).toBe(
      'NOT_FOUND',
    );
    expect((await call('agent', 'GET', '/api/me/availability')).body.openCount).toBe(1);

    // Every agent sees who conversations can go to, with their availability and load.
    const agents = await call('other', 'GET', '/api/agents');
    expect(agents.status).toBe(200);
    const byId = new Map((agents.body.items as { id: string }[]).map((item) => [item.id, item]));
    expect(byId.get(people.agent.userId)).toMatchObject({
      name: 'aoi',
      availability: 'online',
      capacity: 3,
      openCount: 1,
    });
    expect(byId.get(people.admin.userId)).toMatchObject({
      availability: 'offline',
      openCount: 0,
      teamIds: [],
    });
  });

  it('lists a view of the inbox and counts every view (counts is not taken for a conversation id)', async () => {
    const [conversationId] = await createConversations(api.database, api.account, 1);
    await api.database
      .sql()
      .updateTable('Conversation')
      .set({ assignedUser: people.other.userId, status: 'open' })
      .where('id', '=', conversationId!)
      .execute();
    const mine = await call('other', 'GET', '/api/conversations?view=mine&status=open&limit=5');
    expect(mine.status).toBe(200);
    const items = mine.body.items as { id: string; assignee: { id: string } | null; status: string }[];
    expect(items.map((item) => item.id)).toContain(conversationId);
    expect(items.every((item) => item.assignee?.id === people.other.userId && item.status === 'open')).toBe(
      true,
    );
    const counts = await call('other', 'GET', '/api/conversations/counts');
    expect(counts.status).toBe(200);
    expect(counts.body.mine).toBe(items.length);
    expect(Object.keys(counts.body).sort()).toEqual(['all', 'mine', 'queue', 'team', 'unassigned']);
    const refused = await call('other', 'GET', '/api/conversations?view=everything');
    expect(refused).toMatchObject({ status: 400, body: { issues: [{ path: 'view' }] } });
  });
});
