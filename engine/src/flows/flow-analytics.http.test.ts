import { flowAnalyticsSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { createConversations } from '../routing/routing.test-support.js';
import { useApiApp } from '../testing/api-app.js';
import { insertRun, menuGraph } from './flows.test-support.js';

// Per-node analytics of a version, over runs and steps as the runtime records them.
describe('flow analytics', () => {
  const api = useApiApp('/tmp/parley-flow-analytics-http-test');
  const { call } = api;

  it('counts, per node, who entered, left by each output, was dropped, waits there, and how long they stayed', async () => {
    const flow = (await call('admin', 'POST', '/api/flows', { name: 'Menu', graph: menuGraph() })).body;
    const flowId = flow.id as string;
    expect((await call('admin', 'GET', `/api/flows/${flowId}/analytics`)).body.code).toBe(
      'FLOW_NOT_PUBLISHED',
    );
    await call('admin', 'POST', `/api/flows/${flowId}/publish`, { revision: 0 });
    const { id: versionId } = await api.database
      .sql()
      .selectFrom('FlowVersion')
      .select('id')
      .where('flow', '=', flowId)
      .executeTakeFirstOrThrow();
    const conversations = await createConversations(api.database, api.account, 6);
    const period = new Date(Date.UTC(2026, 5, 1, 9));
    const run = (
      index: number,
      status: 'running' | 'completed' | 'dropped',
      steps: Parameters<typeof insertRun>[1]['steps'],
      extra: { currentNode?: string; test?: boolean; startedAt?: Date } = {},
    ) =>
      insertRun(api.database, {
        organisationId: api.organisationId,
        flowId,
        versionId,
        conversationId: conversations[index]!,
        status,
        startedAt: extra.startedAt ?? new Date(period.getTime() + index * 60_000),
        steps,
        ...extra,
      });
    const start = (ms: number) => ({ nodeId: 'start', nodeType: 'trigger', ms, port: 'next' });
    const ordered = (ms: number) => ({ nodeId: 'menu', nodeType: 'reply_buttons', ms, port: 'order' });
    const answered = (ms: number) => ({ nodeId: 'order_reply', nodeType: 'send_message', ms, port: 'next' });
    const done = { nodeId: 'done', nodeType: 'end', ms: 0, port: null };
    await run(0, 'completed', [start(10), ordered(1_000), answered(20), done]);
    await run(1, 'running', [start(10)], { currentNode: 'menu' });
    await run(2, 'dropped', [
      start(10),
      { nodeId: 'menu', nodeType: 'reply_buttons', ms: 3_000, port: null, dropReason: 'timeout' },
    ]);
    await run(3, 'completed', [start(30), ordered(2_000), answered(40), done]);
    // Neither a test run nor one from before the period counts.
    await run(4, 'completed', [start(99), ordered(99), answered(99), done], { test: true });
    await run(5, 'running', [start(99)], { currentNode: 'menu', startedAt: new Date(Date.UTC(2026, 0, 1)) });

    const answer = await call('admin', 'GET', `/api/flows/${flowId}/analytics?from=${period.toISOString()}`);
    expect(answer.status).toBe(200);
    const analytics = flowAnalyticsSchema.parse(answer.body);
    expect(analytics.version).toBe(1);
    expect(analytics.runs).toEqual({ started: 4, running: 1, completed: 2, assigned: 0, dropped: 1 });
    const byNode = new Map(analytics.nodes.map((node) => [node.nodeId, node]));
    expect([...byNode.keys()]).toEqual(['start', 'menu', 'order_reply', 'hours_reply', 'reminder', 'done']);
    expect(byNode.get('start')).toMatchObject({
      nodeType: 'trigger',
      label: null,
      entered: 4,
      completed: { next: 4 },
      waiting: 0,
      medianMs: 10,
    });
    expect(byNode.get('menu')).toMatchObject({
      label: 'Main menu',
      entered: 4,
      completed: { order: 2 },
      dropped: { timeout: 1, handoff: 0 },
      waiting: 1,
      medianMs: 2_000,
    });
    expect(byNode.get('order_reply')).toMatchObject({ entered: 2, completed: { next: 2 }, medianMs: 30 });
    expect(byNode.get('done')).toMatchObject({ entered: 2, completed: {}, medianMs: 0 });

    const always = flowAnalyticsSchema.parse(
      (await call('admin', 'GET', `/api/flows/${flowId}/analytics?version=1`)).body,
    );
    expect(always.runs.started).toBe(5);
    expect(always.nodes.find((node) => node.nodeId === 'menu')?.waiting).toBe(2);
    const before = flowAnalyticsSchema.parse(
      (await call('admin', 'GET', `/api/flows/${flowId}/analytics?to=${period.toISOString()}`)).body,
    );
    expect(before.runs).toMatchObject({ started: 1, running: 1 });
    expect((await call('admin', 'GET', `/api/flows/${flowId}/analytics?version=2`)).body.code).toBe(
      'VERSION_NOT_FOUND',
    );
    expect((await call('admin', 'GET', `/api/flows/${flowId}/analytics?from=yesterday`)).body).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'from' }],
    });
    expect((await call('agent', 'GET', `/api/flows/${flowId}/analytics`)).status).toBe(403);
  });
});
