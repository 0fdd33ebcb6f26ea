import { randomUUID } from 'node:crypto';
import { flowOptionId } from '@parley/workflows/flows';
import { flowRunSchema, testChatSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { createAgents, createTeam, setRoutingRules } from '../../routing/routing.test-support.js';
import { useApiApp } from '../../testing/api-app.js';
import { createAccount } from '../../testing/fixtures.js';
import { menuGraph } from '../flows.test-support.js';
import { useWhatsAppSandbox } from './sandbox.test-support.js';

// The designer's test chat over the real WhatsApp sandbox: the admin's test customer writes and
// taps through it, its webhooks go through intake, and the draft's run claims the conversation
// before each first message (the api role only: the workflow's sends are the business's below).
describe('the test chat', () => {
  const env: Record<string, string> = {};
  const sandbox = useWhatsAppSandbox(env, () => api.app);
  const api = useApiApp('/tmp/parley-test-chat-http-test', env);
  const { call } = api;

  const newFlow = async (graph = menuGraph()) =>
    (await call('admin', 'POST', '/api/flows', { name: `Chat ${randomUUID().slice(0, 6)}`, graph })).body
      .id as string;
  const chatOf = async (flowId: string) =>
    testChatSchema.parse(
      (await call('admin', 'GET', `/api/flows/${flowId}/test-chat?channelAccountId=${api.account.id}`)).body,
    );
  const write = (
    flowId: string,
    text: string,
    who: 'admin' | 'agent' = 'admin',
    channelAccountId = api.account.id,
  ) => call(who, 'POST', `/api/flows/${flowId}/test-chat/messages`, { channelAccountId, text });
  const signals = async (conversationId: string) =>
    (await api.database.sql().selectFrom('OutboxEntry').select('payload').orderBy('id').execute())
      .map(
        (row) =>
          row.payload as {
            conversationId?: string;
            flow?: { runId: string };
            reply?: { payload: string | null; text: string | null };
          },
      )
      .filter((payload) => payload.conversationId === conversationId);
  const conversation = (id: string) =>
    api.database
      .sql()
      .selectFrom('Conversation')
      .select(['activeFlowRun', 'assignedUser', 'team'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('starts the draft on the first message, before a published flow or routing can take it, and takes taps to the run', async () => {
    // Routing would give the conversation to a team with an agent online; a published flow listens too.
    const [agent] = await createAgents(api.database, api.organisationId, 1);
    const team = await createTeam(api.database, api.organisationId, { members: [agent!] });
    await setRoutingRules(api.database, api.organisationId, { rules: [], defaultTeamId: team });
    const published = await newFlow();
    await call('admin', 'POST', `/api/flows/${published}/publish`, { revision: 0 });
    await call('admin', 'PUT', `/api/flows/${published}/activation`, { channelAccountIds: [api.account.id] });

    const flowId = await newFlow();
    const empty = await chatOf(flowId);
    expect(empty).toMatchObject({ conversationId: null, messages: [], run: null });
    expect(empty.customer.waId).toMatch(/^8190\d{8}$/);
    expect(empty.customer.name).toBe('boss (test)');

    const written = await write(flowId, 'hello');
    expect(written.status).toBe(201);
    const chat = testChatSchema.parse(written.body);
    expect(chat.messages).toMatchObject([{ from: 'customer', kind: 'text', text: 'hello' }]);
    expect(chat.run).toMatchObject({ status: 'running' });
    const conversationId = chat.conversationId!;
    expect(await conversation(conversationId)).toEqual({
      activeFlowRun: chat.run!.id,
      assignedUser: null,
      team: null,
    });
    const runs = await api.database
      .sql()
      .selectFrom('FlowRun')
      .select(['flow', 'test'])
      .where('conversation', '=', conversationId)
      .execute();
    expect(runs).toEqual([{ flow: flowId, test: expect.anything() }]);
    // Intake's signal carries the message only; the run starts from it, with what the customer wrote.
    expect((await signals(conversationId)).map(({ flow, reply }) => ({ flow, text: reply?.text }))).toEqual([
      { flow: undefined, text: 'hello' },
      { flow: { runId: chat.run!.id }, text: 'hello' },
    ]);

    // The flow's menu reaches the phone (as the worker sends it), and its buttons show there.
    const menuId = await sandbox.businessSends(chat.customer.waId, {
      type: 'button',
      body: { text: 'How can we help?' },
      action: {
        buttons: ['order', 'hours'].map((id) => ({
          type: 'reply',
          reply: { id: flowOptionId('menu', id), title: id },
        })),
      },
    });
    const shown = await chatOf(flowId);
    expect(shown.messages.at(-1)).toMatchObject({
      id: menuId,
      from: 'business',
      kind: 'buttons',
      text: 'How can we help?',
      buttons: [
        { id: flowOptionId('menu', 'order'), title: 'order' },
        { id: flowOptionId('menu', 'hours'), title: 'hours' },
      ],
    });

    // A tap goes to the running run (no new one), carrying the button the run branches on.
    const tapped = await call('admin', 'POST', `/api/flows/${flowId}/test-chat/taps`, {
      channelAccountId: api.account.id,
      messageId: menuId,
      buttonId: flowOptionId('menu', 'hours'),
    });
    expect(tapped.status).toBe(201);
    expect(testChatSchema.parse(tapped.body).messages.at(-1)).toMatchObject({
      from: 'customer',
      replyTo: menuId,
    });
    expect((await signals(conversationId)).at(-1)).toMatchObject({
      reply: { payload: flowOptionId('menu', 'hours') },
    });
    expect((await signals(conversationId)).at(-1)?.flow).toBeUndefined();
    expect((await conversation(conversationId)).activeFlowRun).toBe(chat.run!.id);

    const wrong = await call('admin', 'POST', `/api/flows/${flowId}/test-chat/taps`, {
      channelAccountId: api.account.id,
      messageId: menuId,
      buttonId: 'nope',
    });
    expect(wrong).toMatchObject({ status: 400, body: { issues: [{ path: 'buttonId' }] } });

    // Restart: a new run of the draft from the latest message; the one going is dropped.
    const restarted = await call('admin', 'POST', `/api/flows/${flowId}/test-chat/restart`, {
      channelAccountId: api.account.id,
    });
    expect(restarted.status).toBe(201);
    const again = flowRunSchema.parse(restarted.body);
    expect((await conversation(conversationId)).activeFlowRun).toBe(again.id);
    expect(
      flowRunSchema.parse((await call('admin', 'GET', `/api/flow-runs/${chat.run!.id}`)).body),
    ).toMatchObject({
      status: 'dropped',
      dropReason: 'handoff',
    });

    // Handed to a person (the flow's assign node, say): the next message takes it back to automation.
    await api.database
      .sql()
      .updateTable('Conversation')
      .set({ assignedUser: agent! })
      .where('id', '=', conversationId)
      .execute();
    await api.database
      .sql()
      .updateTable('FlowRun')
      .set({ status: 'assigned' })
      .where('id', '=', again.id)
      .execute();
    await api.database
      .sql()
      .updateTable('Conversation')
      .set({ activeFlowRun: null })
      .where('id', '=', conversationId)
      .execute();
    const back = testChatSchema.parse((await write(flowId, 'again')).body);
    expect(back.run?.id).not.toBe(again.id);
    expect(await conversation(conversationId)).toEqual({
      activeFlowRun: back.run!.id,
      assignedUser: null,
      team: null,
    });
  });

  it('refuses an account that is not the sandbox’s or is off, an invalid draft, an agent, and an unreachable sandbox', async () => {
    const flowId = await newFlow();
    const bot = await createAccount(api.database, api.organisationId, {
      channel: 'telegram',
      platformAccountId: '7000002',
    });
    expect(await write(flowId, 'hi', 'admin', bot.id)).toMatchObject({
      status: 409,
      body: { code: 'NOT_A_SANDBOX_CHANNEL', message: expect.stringContaining('channelAccountId') },
    });
    const off = await createAccount(api.database, api.organisationId, {
      platformAccountId: '100000000000002',
      enabled: false,
    });
    expect(await write(flowId, 'hi', 'admin', off.id)).toMatchObject({
      status: 409,
      body: { code: 'CHANNEL_ACCOUNT_OFF' },
    });
    const invalid = await newFlow(menuGraph(randomUUID()));
    expect(await write(invalid, 'hi')).toMatchObject({
      status: 422,
      body: { code: 'FLOW_INVALID', problems: [{ nodeId: 'talk', rule: 'team_missing' }] },
    });
    expect((await write(flowId, '   ')).body).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'text' }],
    });
    expect((await write(flowId, 'hi', 'agent')).status).toBe(403);

    await sandbox.stop();
    expect(await write(flowId, 'hi')).toMatchObject({ status: 502, body: { code: 'SANDBOX_UNREACHABLE' } });
  });
});
