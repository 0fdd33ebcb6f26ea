import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '@parley/connector-sdk';
import { type TeamSla, rolePermissions } from '@parley/contracts';
import {
  type ConversationActivities,
  type SlaBreachedInput,
  type SlaBreachedResult,
  conversationWorkflowId,
} from '@parley/workflows';
import { defaultPayloadConverter } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { FakeChannel, grant, outboundSender, pricingServices } from '../credits/pricing.test-support.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import type { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import { AgentMessageCredits } from '../messaging/agent-message-credits.js';
import { ConversationActivitiesService } from '../messaging/conversation-activities.js';
import { ConversationWorkflows } from '../messaging/conversation-workflows.service.js';
import { SendMessageUseCase } from '../messaging/send-message.usecase.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import type { TemplateWorkflows } from '../templates/template-workflows.service.js';
import { timeSkippingTemporal, workflowBundle } from '../testing/temporal.js';
import { createAccount, createOrganisation } from '../testing/fixtures.js';
import { IntakeWebhookUseCase } from '../webhooks/intake-webhook.usecase.js';
import { AssignmentService } from './assignment.service.js';
import { IntakeRouting } from './intake-routing.js';
import {
  conversationsOf,
  countsAreExact,
  createAgents,
  createTeam,
  eventsOf,
  openCounts,
  setRoutingRules,
} from './routing.test-support.js';
import { SlaTimers } from './sla-timers.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

const minute = 60_000;

/** Runs `check` until it passes (real time: only `Date` is faked here), or throws its last failure. */
async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * The first-response timer end to end on Temporal's time-skipping server: the real conversation
 * workflow (the worker's prebuilt bundle) over the engine's real activities and a test database,
 * the customer's message taken in by intake, routed and assigned, and the outbox rows — the
 * message's signal, then the assignment's SLA timer — relayed by the engine's own outbox relay.
 * Only the WhatsApp platform is faked.
 *
 * The engine stamps assignments and deadlines with its own clock, the workflow with the server's,
 * which jumps when time is skipped. So the engine's clock (`Date`, nothing else) follows the
 * server's here: moved up to it after every skip and before every activity, then running on in
 * real time, as both clocks would in production.
 */
describe('the SLA timer on the time-skipping server, with the real workflow and activities', () => {
  let env: TestWorkflowEnvironment;
  let database: Database;
  let worker: Worker;
  let running: Promise<void>;
  let relay: OutboxRelay;
  let intake: IntakeWebhookUseCase;
  let send: SendMessageUseCase;
  let account: AccountRef;
  let organisationId: string;
  let team: string;
  let first: string;
  let second: string;
  /** The breaches the workflow handed to the engine, what the engine answered, and when (the server's time). */
  let breaches: { input: SlaBreachedInput; result: SlaBreachedResult; at: number }[];

  const sla: TeamSla = {
    firstResponseMinutes: 5,
    onBreach: 'reassign',
    escalateToTeamId: null,
    businessHoursOnly: false,
  };

  /** Moves the engine's clock up to the server's (never back). */
  async function followServerClock() {
    const server = await env.currentTimeMs();
    if (server > Date.now()) vi.setSystemTime(server);
  }

  /** Skips the server's time, and the engine's with it. */
  async function skip(ms: number) {
    await env.sleep(ms);
    await followServerClock();
  }

  /** Skips to `at` by the server's clock. */
  async function skipTo(at: number) {
    await skip(Math.max(at - (await env.currentTimeMs()), 1));
  }

  beforeEach(async () => {
    // A server of its own per test: skipped time is global to a server.
    env = await timeSkippingTemporal();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: await env.currentTimeMs() });
    database = await openTestDatabase();
    const taskQueue = `sla-${randomUUID()}`;
    const config = parseConfig({
      DATA_DIR: '/tmp/parley-sla-time-skipping-test',
      TEMPORAL_TASK_QUEUE: taskQueue,
    });
    const logger = pino({ level: 'silent' });
    const services = pricingServices(database);
    const publisher = new InboxPublisher(database, services.events);
    const temporal = { client: env.client, connection: env.connection } as unknown as TemporalClientService;
    relay = new OutboxRelay(config, logger, database, temporal, {} as TemplateWorkflows);
    const assignment = new AssignmentService(database, publisher, new SlaTimers(config), relay);
    intake = new IntakeWebhookUseCase(
      database,
      publisher,
      relay,
      logger,
      { kick() {} } as unknown as MediaFetcher,
      config,
      services.settlement,
      services.ledger,
      new IntakeRouting(database, assignment, logger),
      new FlowTriggers(),
    );
    const channel = new FakeChannel();
    const files = new LibraryFiles(config, database);
    const drafts = new TemplateDrafts(database, files);
    const replies = new AutomaticRepliesStore(database);
    const engine = new ConversationActivitiesService(
      database,
      outboundSender(database, services, channel),
      channel.clients,
      files,
      replies,
      drafts,
      publisher,
      services.ledger,
      assignment,
    );
    send = new SendMessageUseCase(
      database,
      new ConversationWorkflows(config, temporal),
      drafts,
      files,
      replies,
      new AgentMessageCredits(services.pricing, services.ledger),
    );
    breaches = [];
    const activities: ConversationActivities = {
      ...engine.activities,
      slaBreached: async (input) => {
        await followServerClock();
        const at = Date.now();
        const result = await engine.activities.slaBreached(input);
        breaches.push({ input, result, at });
        return result;
      },
    };
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
    running = worker.run();

    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
    await grant(services, organisationId, 1_000);
    [first, second] = (await createAgents(database, organisationId, 2)) as [string, string];
    team = await createTeam(database, organisationId, { members: [first, second] });
    await database.sql().updateTable('Team').set({ sla }).where('id', '=', team).execute();
    await setRoutingRules(database, organisationId, { rules: [], defaultTeamId: team });
  }, 60_000);

  afterEach(async () => {
    await relay.onApplicationShutdown();
    worker.shutdown();
    await running;
    vi.useRealTimers();
    await env.teardown();
    await database.close();
  }, 30_000);

  /** A customer writes: intake stores, routes and relays it, as for a webhook. */
  async function customerWrites(): Promise<string> {
    const wamid = `wamid.${randomUUID()}`;
    const event = {
      kind: 'message',
      eventId: `whatsapp:msg:${wamid}`,
      channelAccountId: account.platformAccountId,
      contact: { id: '819012345678', name: 'Hanako' },
      platformMessageId: wamid,
      occurredAt: new Date().toISOString(),
      content: { type: 'text', text: '注文の件で質問があります' },
    } as InboundEvent;
    const result = await intake.execute({ account, events: [event] });
    expect(result.messagesStored).toBe(1);
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .select('id')
      .where('channelAccount', '=', account.id)
      .executeTakeFirstOrThrow();
    return conversation.id;
  }

  /** The conversation's workflow, by the id the engine gives it. */
  async function workflowOf(conversationId: string) {
    const row = await database
      .sql()
      .selectFrom('Conversation')
      .select(['channelAccount', 'contact'])
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    return env.client.workflow.getHandle(conversationWorkflowId(row.channelAccount, row.contact));
  }

  /** Every outbox row has reached the workflow, and the workflow task that took them in has completed. */
  async function untilRelayed(conversationId: string) {
    await eventually(async () =>
      expect(await database.sql().selectFrom('OutboxEntry').select('id').execute()).toEqual([]),
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
    organisationId,
    userId,
    label: 'agent@example.test',
    role: 'agent',
    permissions: new Set(rolePermissions.agent),
    via: { kind: 'session', sessionId: randomUUID(), csrfToken: 'csrf' },
  });

  it('reassigns an unanswered conversation to the other agent when the first response is 5 minutes late, freeing the first agent’s slot', async () => {
    const conversationId = await customerWrites();
    const [assigned] = await conversationsOf(database, [conversationId]);
    expect(assigned).toMatchObject({ team, assignedUser: first, firstResponseAt: null });
    await untilRelayed(conversationId);
    const assignedAt = new Date(assigned!.assignedAt!).getTime();
    expect(await timersReceived(conversationId)).toEqual([
      { userId: first, deadline: new Date(assignedAt + 5 * minute).toISOString() },
    ]);

    const deadline = assignedAt + 5 * minute;
    await skipTo(deadline - 30_000);
    expect(breaches).toEqual([]);
    expect((await conversationsOf(database, [conversationId]))[0]).toMatchObject({ assignedUser: first });

    await skip(minute);
    await eventually(() => expect(breaches).toHaveLength(1));
    expect(breaches[0]).toEqual({
      input: { conversationId, userId: first, assignedAt: new Date(assignedAt).toISOString() },
      result: { outcome: 'reassigned' },
      at: expect.any(Number),
    });
    expect(breaches[0]!.at).toBeGreaterThanOrEqual(deadline);
    const [after] = await conversationsOf(database, [conversationId]);
    expect(after).toMatchObject({ team, assignedUser: second, status: 'open', firstResponseAt: null });
    expect(await eventsOf(database, conversationId)).toEqual([
      expect.objectContaining({ kind: 'assigned', toUser: first, toTeam: team }),
      expect.objectContaining({ kind: 'sla_breached', fromUser: first, toTeam: team }),
      expect.objectContaining({ kind: 'assigned', toUser: second, toTeam: team }),
    ]);
    expect(await openCounts(database, organisationId)).toEqual(
      new Map([
        [first, { recorded: 0, actual: 0 }],
        [second, { recorded: 1, actual: 1 }],
      ]),
    );
    expect(await countsAreExact(database, organisationId)).toBe(true);

    // The new assignment started its own timer through the outbox; it fires at its own deadline.
    await untilRelayed(conversationId);
    const reassignedAt = new Date(after!.assignedAt!).getTime();
    expect((await timersReceived(conversationId)).at(-1)).toEqual({
      userId: second,
      deadline: new Date(reassignedAt + 5 * minute).toISOString(),
    });
    await skipTo(reassignedAt + 5 * minute - 30_000);
    expect(breaches).toHaveLength(1);
    expect((await conversationsOf(database, [conversationId]))[0]).toMatchObject({ assignedUser: second });
    await skip(minute);
    await eventually(() => expect(breaches).toHaveLength(2));
    expect(breaches[1]!.at).toBeGreaterThanOrEqual(reassignedAt + 5 * minute);
    expect(breaches[1]!.input.userId).toBe(second);
    expect((await conversationsOf(database, [conversationId]))[0]).toMatchObject({ assignedUser: first });
    expect(await countsAreExact(database, organisationId)).toBe(true);
  }, 90_000);

  it('is cancelled by the agent’s reply before the deadline: no breach, the conversation stays theirs', async () => {
    const conversationId = await customerWrites();
    expect((await conversationsOf(database, [conversationId]))[0]).toMatchObject({ assignedUser: first });
    await untilRelayed(conversationId);
    expect((await timersReceived(conversationId)).map((timer) => timer.userId)).toEqual([first]);

    await skip(3 * minute);
    const reply = await send.execute(agentCaller(first), conversationId, {
      clientId: randomUUID(),
      message: { type: 'text', text: 'お待たせしました。確認いたします。' },
      holdIfClosed: false,
    });
    expect(reply).toMatchObject({ direction: 'outbound', sentBy: { id: first } });
    const [answered] = await conversationsOf(database, [conversationId]);
    expect(answered).toMatchObject({ assignedUser: first, firstResponseAt: expect.anything() });

    await skip(30 * minute);
    // Long past the deadline: the workflow never asked the engine about a breach.
    expect(breaches).toEqual([]);
    expect((await conversationsOf(database, [conversationId]))[0]).toMatchObject({
      team,
      assignedUser: first,
      status: 'open',
    });
    expect((await eventsOf(database, conversationId)).map((event) => event.kind)).toEqual(['assigned']);
    expect(await openCounts(database, organisationId)).toEqual(
      new Map([
        [first, { recorded: 1, actual: 1 }],
        [second, { recorded: 0, actual: 0 }],
      ]),
    );
  }, 90_000);
});
