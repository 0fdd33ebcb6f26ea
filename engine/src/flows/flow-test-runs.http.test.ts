import { randomUUID } from 'node:crypto';
import { flowRunSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { createConversations, customerWrote } from '../routing/routing.test-support.js';
import { useApiApp } from '../testing/api-app.js';
import { createAccount, createConversation, createOrganisation } from '../testing/fixtures.js';
import { menuGraph } from './flows.test-support.js';

// Test runs of a draft against the sandbox's customers: the run, the conversation's claim and the
// workflow's signal in one transaction; never a real customer.
describe('flow test runs', () => {
  // WhatsApp talks to the sandbox here; Telegram to the real Bot API.
  const api = useApiApp('/tmp/parley-flow-test-runs-http-test', {
    WHATSAPP_API_BASE_URL: 'http://127.0.0.1:3100',
  });
  const { call } = api;

  const newFlow = async (graph = menuGraph()) =>
    (await call('admin', 'POST', '/api/flows', { name: `Test ${randomUUID().slice(0, 6)}`, graph })).body
      .id as string;
  const customer = async () => {
    const [conversationId] = await createConversations(api.database, api.account, 1);
    await customerWrote(api.database, conversationId!);
    return conversationId!;
  };
  const signalsOf = async (conversationId: string) =>
    (await api.database.sql().selectFrom('OutboxEntry').select('payload').orderBy('id').execute())
      .map((row) => row.payload as { conversationId?: string; flow?: { runId: string } })
      .filter((payload) => payload.conversationId === conversationId);

  it('names the channels whose customers are the sandbox’s (WhatsApp here; Telegram talks to the platform)', async () => {
    expect((await call('admin', 'GET', '/api/flows/test-channels')).body).toEqual({ channels: ['whatsapp'] });
  });

  it('starts the draft in a sandbox conversation, replacing the run that was going, and shows its trace', async () => {
    const flowId = await newFlow();
    const conversationId = await customer();
    const started = await call('admin', 'POST', `/api/flows/${flowId}/test-runs`, { conversationId });
    expect(started.status).toBe(201);
    const run = flowRunSchema.parse(started.body);
    expect(run).toMatchObject({
      flowId,
      conversationId,
      test: true,
      version: null,
      status: 'running',
      steps: [],
    });
    const row = await api.database
      .sql()
      .selectFrom('FlowRun')
      .select(['testGraph', 'flowVersion', 'startedBy'])
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ testGraph: menuGraph(), flowVersion: null, startedBy: api.people.admin.userId });
    const conversation = () =>
      api.database
        .sql()
        .selectFrom('Conversation')
        .select('activeFlowRun')
        .where('id', '=', conversationId)
        .executeTakeFirstOrThrow();
    expect((await conversation()).activeFlowRun).toBe(run.id);
    expect((await signalsOf(conversationId)).map((payload) => payload.flow)).toEqual([{ runId: run.id }]);

    const again = flowRunSchema.parse(
      (await call('admin', 'POST', `/api/flows/${flowId}/test-runs`, { conversationId })).body,
    );
    expect((await conversation()).activeFlowRun).toBe(again.id);
    expect(flowRunSchema.parse((await call('admin', 'GET', `/api/flow-runs/${run.id}`)).body)).toMatchObject({
      status: 'dropped',
      dropReason: 'handoff',
      detail: 'replaced by a test run',
      currentNodeId: null,
    });

    const at = new Date();
    for (const [seq, nodeId] of ['menu', 'start'].entries())
      await api.database
        .sql()
        .insertInto('FlowStep')
        .values({
          id: randomUUID(),
          organisation: api.organisationId,
          run: again.id,
          flowVersion: null,
          seq: 1 - seq,
          nodeId,
          nodeType: nodeId === 'start' ? 'trigger' : 'reply_buttons',
          enteredAt: at,
          exitedAt: at,
          port: nodeId === 'start' ? 'next' : null,
          dropReason: null,
          trace: { input: { text: 'hello' }, output: { port: 'next' }, effects: [{ kind: 'send' }] },
        })
        .execute();
    const traced = flowRunSchema.parse((await call('admin', 'GET', `/api/flow-runs/${again.id}`)).body);
    expect(traced.steps).toMatchObject([
      { seq: 0, nodeId: 'start', port: 'next', input: { text: 'hello' }, effects: [{ kind: 'send' }] },
      { seq: 1, nodeId: 'menu', port: null },
    ]);

    const latest = await call('admin', 'GET', `/api/flows/${flowId}/runs?test=true&limit=1`);
    expect(latest.body.items).toMatchObject([{ id: again.id, steps: [] }]);
    expect((await call('admin', 'GET', `/api/flows/${flowId}/runs?test=false`)).body.items).toEqual([]);
    expect((await call('admin', 'GET', `/api/flow-runs/${randomUUID()}`)).status).toBe(404);
  });

  it('refuses a real customer, a conversation without their message or owned by a person, and an invalid draft', async () => {
    const flowId = await newFlow();
    const bot = await createAccount(api.database, api.organisationId, {
      channel: 'telegram',
      platformAccountId: '7000001',
    });
    const { conversationId: real } = await createConversation(api.database, bot, { phone: '424242' });
    await customerWrote(api.database, real);
    const start = (conversationId: string, flow = flowId) =>
      call('admin', 'POST', `/api/flows/${flow}/test-runs`, { conversationId });
    expect((await start(real)).body).toMatchObject({ code: 'NOT_A_SANDBOX_CONVERSATION' });

    const [silent] = await createConversations(api.database, api.account, 1);
    expect(await start(silent!)).toMatchObject({ status: 409, body: { code: 'NO_CUSTOMER_MESSAGE' } });

    const owned = await customer();
    await api.database
      .sql()
      .updateTable('Conversation')
      .set({ assignedUser: api.people.agent.userId })
      .where('id', '=', owned)
      .execute();
    expect((await start(owned)).body).toMatchObject({
      code: 'CONVERSATION_ASSIGNED',
      message: expect.stringContaining('aoi'),
    });

    const sandbox = await customer();
    const invalid = await newFlow(menuGraph(randomUUID()));
    expect((await start(sandbox, invalid)).body).toMatchObject({
      code: 'FLOW_INVALID',
      problems: [{ nodeId: 'talk', rule: 'team_missing' }],
    });

    const elsewhere = await createOrganisation(api.database, 'premium', 'Other Shop');
    const theirs = await createAccount(api.database, elsewhere, { platformAccountId: '100000000000009' });
    const { conversationId: foreign } = await createConversation(api.database, theirs);
    expect((await start(foreign)).status).toBe(404);
    expect(
      (await call('agent', 'POST', `/api/flows/${flowId}/test-runs`, { conversationId: sandbox })).status,
    ).toBe(403);
    expect(await signalsOf(sandbox)).toEqual([]);
  });
});
