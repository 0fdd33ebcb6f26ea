import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '@parley/connector-sdk';
import { flowOptionId, type FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutomaticRepliesStore } from '../../channels/automatic-replies/automatic-replies.store.js';
import type { AccountRef } from '../../channels/channel-directory.service.js';
import { FakeChannel, grant, outboundSender, pricingServices } from '../../credits/pricing.test-support.js';
import { LibraryFiles } from '../../files/library-files.service.js';
import { InboxPublisher } from '../../inbox/inbox-publisher.service.js';
import { parseConfig } from '../../infrastructure/config/config.schema.js';
import type { SecretBox } from '../../infrastructure/crypto/secret-box.js';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import type { TemporalClientService } from '../../infrastructure/temporal/temporal-client.service.js';
import type { MediaFetcher } from '../../media/media-fetcher.service.js';
import { ConversationActivitiesService } from '../../messaging/conversation-activities.js';
import { OutboxRelay } from '../../outbox/outbox-relay.service.js';
import { AssignmentService } from '../../routing/assignment.service.js';
import { IntakeRouting } from '../../routing/intake-routing.js';
import { createAgents, createTeam, setRoutingRules } from '../../routing/routing.test-support.js';
import { SlaTimers } from '../../routing/sla-timers.js';
import { TemplateDrafts } from '../../templates/template-drafts.js';
import type { TemplateWorkflows } from '../../templates/template-workflows.service.js';
import { createAccount, createOrganisation } from '../../testing/fixtures.js';
import { timeSkippingTemporal, workflowBundle } from '../../testing/temporal.js';
import { IntakeWebhookUseCase } from '../../webhooks/intake-webhook.usecase.js';
import { FlowSecretsStore } from '../flow-secrets.store.js';
import { FlowTriggers } from '../triggers/flow-triggers.service.js';
import { FlowActivitiesService } from './flow-activities.service.js';
import { FlowDrafts } from './flow-draft.js';
import { FlowHandover } from './flow-handover.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
const minute = 60_000;

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
 * Flows end to end on Temporal's time-skipping server (docs/flows.md): intake matches the active
 * flow's trigger and starts a run, the real conversation workflow interprets the published
 * version over the engine's real activities and a test database; only WhatsApp is faked. The
 * engine's clock follows the server's, as in the SLA timer's test.
 */
describe('flows on the time-skipping server, with the real workflow and activities', () => {
  let env: TestWorkflowEnvironment;
  let database: Database;
  let worker: Worker;
  let running: Promise<void>;
  let relay: OutboxRelay;
  let intake: IntakeWebhookUseCase;
  let channel: FakeChannel;
  let account: AccountRef;
  let organisationId: string;
  let team: string;
  let agent: string;
  let assignment: AssignmentService;
  let triggers: FlowTriggers;

  async function skip(ms: number) {
    await env.sleep(ms);
    const server = await env.currentTimeMs();
    if (server > Date.now()) vi.setSystemTime(server);
  }

  beforeEach(async () => {
    env = await timeSkippingTemporal();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: await env.currentTimeMs() });
    database = await openTestDatabase();
    const taskQueue = `flows-${randomUUID()}`;
    const config = parseConfig({
      DATA_DIR: '/tmp/parley-flow-time-skipping-test',
      TEMPORAL_TASK_QUEUE: taskQueue,
    });
    const logger = pino({ level: 'silent' });
    const services = pricingServices(database);
    const publisher = new InboxPublisher(database, services.events);
    const temporal = { client: env.client, connection: env.connection } as unknown as TemporalClientService;
    relay = new OutboxRelay(config, logger, database, temporal, {} as TemplateWorkflows);
    assignment = new AssignmentService(database, publisher, new SlaTimers(config), relay);
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
      (triggers = new FlowTriggers()),
    );
    channel = new FakeChannel();
    const files = new LibraryFiles(config, database);
    const drafts = new TemplateDrafts(database, files);
    const replies = new AutomaticRepliesStore(database);
    const sender = outboundSender(database, services, channel);
    const conversations = new ConversationActivitiesService(
      database,
      sender,
      channel.clients,
      files,
      replies,
      drafts,
      publisher,
      services.ledger,
      assignment,
    );
    const flows = new FlowActivitiesService(
      logger,
      database,
      conversations,
      new FlowDrafts(database, files, drafts),
      replies,
      new FlowSecretsStore(database, {} as SecretBox),
      new FlowHandover(database, assignment),
      sender,
    );
    const activities = { ...conversations.activities, ...flows.activities };
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
    running = worker.run();

    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
    await grant(services, organisationId, 1_000);
    [agent] = (await createAgents(database, organisationId, 1)) as [string];
    team = await createTeam(database, organisationId, { members: [agent] });
    // Routing would give every new conversation to the team; the flow's trigger comes first.
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

  /** Publishes `graph` as version `version` of a flow (one per test) active on the account. */
  async function publish(
    graph: FlowGraph,
    version = 1,
    flowId: string = randomUUID(),
  ): Promise<{ flowId: string; versionId: string }> {
    const now = new Date();
    const sql = database.sql();
    if (version === 1) {
      await sql
        .insertInto('Flow')
        .values({
          id: flowId,
          organisation: organisationId,
          name: `Greeting ${flowId.slice(0, 6)}`,
          description: '',
          draftGraph: graph,
          draftRevision: 0,
          publishedVersion: null,
          createdAt: now,
          updatedAt: now,
          updatedBy: null,
          archivedAt: null,
        })
        .execute();
      await sql
        .insertInto('FlowActivation')
        .values({
          id: randomUUID(),
          organisation: organisationId,
          flow: flowId,
          channelAccount: account.id,
          createdAt: now,
        })
        .execute();
    }
    const versionId = randomUUID();
    await sql
      .insertInto('FlowVersion')
      .values({
        id: versionId,
        organisation: organisationId,
        flow: flowId,
        version,
        graph,
        note: '',
        rolledBackFrom: null,
        publishedAt: now,
        publishedBy: null,
      })
      .execute();
    await sql.updateTable('Flow').set({ publishedVersion: version }).where('id', '=', flowId).execute();
    triggers.invalidate(); // as publishing does
    return { flowId, versionId };
  }

  function greeting(): FlowGraph {
    const graph = greetingFlow();
    const talk = graph.nodes.find((node) => node.id === 'talk');
    if (talk?.type === 'assign') talk.target = { kind: 'team', teamId: team };
    return graph;
  }

  /** A customer's message (text, or a tap on the flow's button) taken in by intake, as from a webhook. */
  async function customer(from: string, content: Extract<InboundEvent, { kind: 'message' }>['content']) {
    const wamid = `wamid.${randomUUID()}`;
    const event = {
      kind: 'message',
      eventId: `whatsapp:msg:${wamid}`,
      channelAccountId: account.platformAccountId,
      contact: { id: from, name: 'Hanako' },
      platformMessageId: wamid,
      occurredAt: new Date().toISOString(),
      content,
    } as InboundEvent;
    expect((await intake.execute({ account, events: [event] })).messagesStored).toBe(1);
  }
  const tap = (node: string, option: string) =>
    ({
      type: 'interactive_reply',
      source: 'button',
      replyId: flowOptionId(node, option),
      title: option,
    }) as const;

  const sentTo = (from: string) =>
    channel.sent
      .filter((request) => request.to === from)
      .map((request) => {
        const message = request.message;
        return message.type === 'text'
          ? message.text
          : message.type === 'reply_buttons'
            ? `[${message.buttons.map((b) => b.title).join('|')}]`
            : message.type;
      });

  async function runsOf(flowId: string) {
    return database
      .sql()
      .selectFrom('FlowRun')
      .select(['id', 'status', 'dropReason', 'flowVersion', 'currentNode'])
      .where('flow', '=', flowId)
      .execute();
  }

  async function stepsOf(runId: string) {
    const rows = await database
      .sql()
      .selectFrom('FlowStep')
      .select(['nodeId', 'port', 'dropReason'])
      .where('run', '=', runId)
      .orderBy('seq')
      .execute();
    return rows.map((row) =>
      row.dropReason ? `${row.nodeId}!${row.dropReason}` : `${row.nodeId}:${row.port}`,
    );
  }

  it('runs the greeting flow: buttons, then each branch — an answer, the team, the reminder after 10 minutes', async () => {
    const { flowId } = await publish(greeting());
    for (const from of ['811100000001', '811100000002', '811100000003', '811100000004'])
      await customer(from, { type: 'text', text: 'こんにちは' });
    await eventually(() => expect(sentTo('811100000001')).toEqual(['[My order|Talk to us|Opening hours]']));
    // The flow answers: routing leaves the conversations alone.
    const unassigned = await database
      .sql()
      .selectFrom('Conversation')
      .select(['team', 'assignedUser', 'activeFlowRun'])
      .execute();
    expect(unassigned.every((row) => row.team === null && row.activeFlowRun !== null)).toBe(true);
    await eventually(() => expect(sentTo('811100000004')).toHaveLength(1));

    await customer('811100000001', tap('menu', 'order'));
    await customer('811100000002', tap('menu', 'talk'));
    await customer('811100000003', { type: 'text', text: 'opening hours' });
    await eventually(() => {
      expect(sentTo('811100000001').at(-1)).toMatch(/^Your order is on its way/);
      expect(sentTo('811100000003').at(-1)).toBe('We are open 9–18');
    });
    await eventually(async () => {
      const talked = await database
        .sql()
        .selectFrom('Conversation as c')
        .innerJoin('Contact as k', 'k.id', 'c.contact')
        .select(['c.team', 'c.assignedUser', 'c.activeFlowRun'])
        .where('k.platformId', '=', '811100000002')
        .executeTakeFirstOrThrow();
      expect(talked).toEqual({ team, assignedUser: agent, activeFlowRun: null });
    });

    await skip(11 * minute);
    await eventually(() => expect(sentTo('811100000004').at(-1)).toMatch(/^Still there\?/));
    const runs = await runsOf(flowId);
    await eventually(async () =>
      expect((await runsOf(flowId)).map((run) => run.status).sort()).toEqual([
        'assigned',
        'completed',
        'completed',
        'completed',
      ]),
    );
    const byStatus = Object.fromEntries(
      await Promise.all(runs.map(async (run) => [run.id, await stepsOf(run.id)] as const)),
    );
    expect(
      Object.values(byStatus)
        .map((steps) => steps.join(' '))
        .sort(),
    ).toEqual([
      'start:next menu:hours hours_reply:next done:null',
      'start:next menu:order order_reply:next done:null',
      'start:next menu:talk talk:null',
      'start:next menu:timeout reminder:next done:null',
    ]);
  });

  it('keeps a waiting conversation in the version it started in; new conversations get the new one', async () => {
    const v1 = greeting();
    const { flowId, versionId: first } = await publish(v1);
    await customer('812200000001', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('812200000001')).toHaveLength(1));
    const v2 = greeting();
    const hours = v2.nodes.find((node) => node.id === 'hours_reply');
    if (hours?.type === 'send_message') hours.content = { kind: 'text', text: 'Open 24 hours now' };
    const { versionId: second } = await publish(v2, 2, flowId);
    await customer('812200000002', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('812200000002')).toHaveLength(1));
    await customer('812200000001', tap('menu', 'hours'));
    await customer('812200000002', tap('menu', 'hours'));
    await eventually(() => {
      expect(sentTo('812200000001').at(-1)).toBe('We are open 9–18');
      expect(sentTo('812200000002').at(-1)).toBe('Open 24 hours now');
    });
    expect((await runsOf(flowId)).map((run) => run.flowVersion).sort()).toEqual([first, second].sort());
  });

  it('stops sending once an agent takes the conversation: the run is dropped as a handoff where it rested', async () => {
    const { flowId } = await publish(greeting());
    await customer('813300000001', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('813300000001')).toHaveLength(1));
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .select('id')
      .executeTakeFirstOrThrow();
    expect('refused' in (await assignment.assignTo(conversation.id, agent))).toBe(false);
    const [run] = await runsOf(flowId);
    expect(run).toMatchObject({ status: 'dropped', dropReason: 'handoff' });
    expect(await stepsOf(run!.id)).toEqual(['start:next', 'menu!handoff']);
    await customer('813300000001', tap('menu', 'order'));
    await skip(15 * minute);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sentTo('813300000001')).toHaveLength(1);
  });
});
