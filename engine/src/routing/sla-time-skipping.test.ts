import { randomUUID } from 'node:crypto';
import { type TeamSla, rolePermissions } from '@parley/contracts';
import {
  type ConversationActivities,
  type SlaBreachedInput,
  type SlaBreachedResult,
  conversationWorkflowId,
} from '@parley/workflows';
import { defaultPayloadConverter } from '@temporalio/common';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { AgentMessageCredits } from '../messaging/agent-message-credits.js';
import { ConversationWorkflows } from '../messaging/conversation-workflows.service.js';
import { SendMessageUseCase } from '../messaging/send-message.usecase.js';
import { eventually, useTimeSkippingEngine } from '../testing/time-skipping-engine.js';
import {
  conversationsOf,
  countsAreExact,
  createAgents,
  createTeam,
  eventsOf,
  openCounts,
  setRoutingRules,
} from './routing.test-support.js';

const minute = 60_000;

/**
 * The first-response timer end to end on Temporal's time-skipping server (useTimeSkippingEngine):
 * the real conversation workflow over the engine's real activities and a test database, the
 * customer's message taken in by intake, routed and assigned, and the outbox rows — the message's
 * signal, then the assignment's SLA timer — relayed by the engine's own outbox relay. Only the
 * WhatsApp platform is faked, and the engine's clock follows the server's.
 */
describe('the SLA timer on the time-skipping server, with the real workflow and activities', () => {
  /** The breaches the workflow handed to the engine, what the engine answered, and when (the server's time). */
  let breaches: { input: SlaBreachedInput; result: SlaBreachedResult; at: number }[];
  const engine = useTimeSkippingEngine(
    'sla',
    ({ conversations, followServerClock }): ConversationActivities => {
      breaches = [];
      return {
        ...conversations.activities,
        slaBreached: async (input) => {
          await followServerClock();
          const at = Date.now();
          const result = await conversations.activities.slaBreached(input);
          breaches.push({ input, result, at });
          return result;
        },
      };
    },
  );
  let send: SendMessageUseCase;
  let team: string;
  let first: string;
  let second: string;

  const sla: TeamSla = {
    firstResponseMinutes: 5,
    onBreach: 'reassign',
    escalateToTeamId: null,
    businessHoursOnly: false,
  };

  /** Skips to `at` by the server's clock. */
  async function skipTo(at: number) {
    await engine.skip(Math.max(at - (await engine.env.currentTimeMs()), 1));
  }

  beforeEach(async () => {
    const { database, config, temporal, drafts, files, replies, services, organisationId } = engine;
    send = new SendMessageUseCase(
      database,
      new ConversationWorkflows(config, temporal),
      drafts,
      files,
      replies,
      new AgentMessageCredits(services.pricing, services.ledger),
    );
    [first, second] = (await createAgents(database, organisationId, 2)) as [string, string];
    team = await createTeam(database, organisationId, { members: [first, second] });
    await database.sql().updateTable('Team').set({ sla }).where('id', '=', team).execute();
    await setRoutingRules(database, organisationId, { rules: [], defaultTeamId: team });
  });

  /** A customer writes: intake stores, routes and relays it, as for a webhook. */
  async function customerWrites(): Promise<string> {
    await engine.customerWrites('819012345678', { type: 'text', text: '注文の件で質問があります' });
    const conversation = await engine.database
      .sql()
      .selectFrom('Conversation')
      .select('id')
      .where('channelAccount', '=', engine.account.id)
      .executeTakeFirstOrThrow();
    return conversation.id;
  }

  /** The conversation's workflow, by the id the engine gives it. */
  async function workflowOf(conversationId: string) {
    const row = await engine.database
      .sql()
      .selectFrom('Conversation')
      .select(['channelAccount', 'contact'])
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    return engine.env.client.workflow.getHandle(conversationWorkflowId(row.channelAccount, row.contact));
  }

  /** Every outbox row has reached the workflow, and the workflow task that took them in has completed. */
  async function untilRelayed(conversationId: string) {
    await eventually(async () =>
      expect(await engine.database.sql().selectFrom('OutboxEntry').select('id').execute()).toEqual([]),
    );
    const workflow = await workflowOf(conversationId);
    await eventually(async () => {
      const events = (await workflow.fetchHistory()).events ?? [];
      const scheduled = events.findLastIndex((event) => event.workflowTaskScheduledEventAttributes);
      const completed = events.findLastIndex((event) => event.workflowTaskCompletedEventAttributes);
      expect(completed).toBeGreaterThan(scheduled);
    });
  }

  /** The SLA timers the workflow received, as the signals in its history carried them. */
  async function timersReceived(conversationId: string): Promise<{ userId: string; deadline: string }[]> {
    const events = (await (await workflowOf(conversationId)).fetchHistory()).events ?? [];
    return events.flatMap((event) => {
      const payload = event.workflowExecutionSignaledEventAttributes?.input?.payloads?.[0];
      if (!payload) return [];
      const signal = defaultPayloadConverter.fromPayload<{ sla?: { userId: string; deadline: string } }>(
        payload as Parameters<typeof defaultPayloadConverter.fromPayload>[0],
      );
      return signal.sla ? [{ userId: signal.sla.userId, deadline: signal.sla.deadline }] : [];
    });
  }

  const agentCaller = (userId: string): Caller => ({
    organisationId: engine.organisationId,
    userId,
    label: 'agent@example.test',
    role: 'agent',
    permissions: new Set(rolePermissions.agent),
    via: { kind: 'session', sessionId: randomUUID(), csrfToken: 'csrf' },
  });

  it('reassigns an unanswered conversation to the other agent when the first response is 5 minutes late, freeing the first agent’s slot', async () => {
    const conversationId = await customerWrites();
    const [assigned] = await conversationsOf(engine.database, [conversationId]);
    expect(assigned).toMatchObject({ team, assignedUser: first, firstResponseAt: null });
    await untilRelayed(conversationId);
    const assignedAt = new Date(assigned!.assignedAt!).getTime();
    expect(await timersReceived(conversationId)).toEqual([
      { userId: first, deadline: new Date(assignedAt + 5 * minute).toISOString() },
    ]);

    const deadline = assignedAt + 5 * minute;
    await skipTo(deadline - 30_000);
    expect(breaches).toEqual([]);
    expect((await conversationsOf(engine.database, [conversationId]))[0]).toMatchObject({
      assignedUser: first,
    });

    await engine.skip(minute);
    await eventually(() => expect(breaches).toHaveLength(1));
    expect(breaches[0]).toEqual({
      input: { conversationId, userId: first, assignedAt: new Date(assignedAt).toISOString() },
      result: { outcome: 'reassigned' },
      at: expect.any(Number),
    });
    expect(breaches[0]!.at).toBeGreaterThanOrEqual(deadline);
    const [after] = await conversationsOf(engine.database, [conversationId]);
    expect(after).toMatchObject({ team, assignedUser: second, status: 'open', firstResponseAt: null });
    expect(await eventsOf(engine.database, conversationId)).toEqual([
      expect.objectContaining({ kind: 'assigned', toUser: first, toTeam: team }),
      expect.objectContaining({ kind: 'sla_breached', fromUser: first, toTeam: team }),
      expect.objectContaining({ kind: 'assigned', toUser: second, toTeam: team }),
    ]);
    expect(await openCounts(engine.database, engine.organisationId)).toEqual(
      new Map([
        [first, { recorded: 0, actual: 0 }],
        [second, { recorded: 1, actual: 1 }],
      ]),
    );
    expect(await countsAreExact(engine.database, engine.organisationId)).toBe(true);

    // The new assignment started its own timer through the outbox; it fires at its own deadline.
    await untilRelayed(conversationId);
    const reassignedAt = new Date(after!.assignedAt!).getTime();
    expect((await timersReceived(conversationId)).at(-1)).toEqual({
      userId: second,
      deadline: new Date(reassignedAt + 5 * minute).toISOString(),
    });
    await skipTo(reassignedAt + 5 * minute - 30_000);
    expect(breaches).toHaveLength(1);
    expect((await conversationsOf(engine.database, [conversationId]))[0]).toMatchObject({
      assignedUser: second,
    });
    await engine.skip(minute);
    await eventually(() => expect(breaches).toHaveLength(2));
    expect(breaches[1]!.at).toBeGreaterThanOrEqual(reassignedAt + 5 * minute);
    expect(breaches[1]!.input.userId).toBe(second);
    expect((await conversationsOf(engine.database, [conversationId]))[0]).toMatchObject({
      assignedUser: first,
    });
    expect(await countsAreExact(engine.database, engine.organisationId)).toBe(true);
  }, 90_000);

  it('is cancelled by the agent’s reply before the deadline: no breach, the conversation stays theirs', async () => {
    const conversationId = await customerWrites();
    expect((await conversationsOf(engine.database, [conversationId]))[0]).toMatchObject({
      assignedUser: first,
    });
    await untilRelayed(conversationId);
    expect((await timersReceived(conversationId)).map((timer) => timer.userId)).toEqual([first]);

    await engine.skip(3 * minute);
    const reply = await send.execute(agentCaller(first), conversationId, {
      clientId: randomUUID(),
      message: { type: 'text', text: 'お待たせしました。確認いたします。' },
      holdIfClosed: false,
    });
    expect(reply).toMatchObject({ direction: 'outbound', sentBy: { id: first } });
    const [answered] = await conversationsOf(engine.database, [conversationId]);
    expect(answered).toMatchObject({ assignedUser: first, firstResponseAt: expect.anything() });

    await engine.skip(30 * minute);
    // Long past the deadline: the workflow never asked the engine about a breach.
    expect(breaches).toEqual([]);
    expect((await conversationsOf(engine.database, [conversationId]))[0]).toMatchObject({
      team,
      assignedUser: first,
      status: 'open',
    });
    expect((await eventsOf(engine.database, conversationId)).map((event) => event.kind)).toEqual([
      'assigned',
    ]);
    expect(await openCounts(engine.database, engine.organisationId)).toEqual(
      new Map([
        [first, { recorded: 1, actual: 1 }],
        [second, { recorded: 0, actual: 0 }],
      ]),
    );
  }, 90_000);
});
