import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '@parley/connector-sdk';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { pino, type Logger } from 'pino';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import {
  FakeChannel,
  grant,
  outboundSender,
  pricingServices,
  type PricingServices,
} from '../credits/pricing.test-support.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig, type AppConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import type { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import { ConversationActivitiesService } from '../messaging/conversation-activities.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { AssignmentService } from '../routing/assignment.service.js';
import { IntakeRouting } from '../routing/intake-routing.js';
import { SlaTimers } from '../routing/sla-timers.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import type { TemplateWorkflows } from '../templates/template-workflows.service.js';
import { IntakeWebhookUseCase } from '../webhooks/intake-webhook.usecase.js';
import { createAccount, createOrganisation } from './fixtures.js';
import { timeSkippingTemporal, workflowBundle } from './temporal.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

/** Runs `check` until it passes (real time: only `Date` is faked here), or throws its last failure. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
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

/** The engine's pieces of one test, over a test database and a time-skipping server of its own. */
export interface TimeSkippingEngine {
  env: TestWorkflowEnvironment;
  database: Database;
  config: AppConfig;
  logger: Logger;
  services: PricingServices;
  publisher: InboxPublisher;
  temporal: TemporalClientService;
  relay: OutboxRelay;
  assignment: AssignmentService;
  triggers: FlowTriggers;
  intake: IntakeWebhookUseCase;
  /** WhatsApp, faked: what the engine sent, by recipient. */
  channel: FakeChannel;
  files: LibraryFiles;
  drafts: TemplateDrafts;
  replies: AutomaticRepliesStore;
  sender: ReturnType<typeof outboundSender>;
  conversations: ConversationActivitiesService;
  /** An organisation with 1,000 credits and a WhatsApp channel account. */
  organisationId: string;
  account: AccountRef;
  /** Moves the engine's clock up to the server's (never back). */
  followServerClock(): Promise<void>;
  /** Skips the server's time, and the engine's with it. */
  skip(ms: number): Promise<void>;
  /** A customer's message from `from`, taken in by intake (stored, routed, relayed) as from a webhook. */
  customerWrites(from: string, content: Extract<InboundEvent, { kind: 'message' }>['content']): Promise<void>;
}

/**
 * The engine end to end on Temporal's time-skipping server, set up before each test and torn down
 * after it: the real conversation workflow (the worker's prebuilt bundle) over the engine's real
 * activities and a test database, customers' messages taken in by intake, routed and assigned,
 * and the outbox relayed by the engine's own relay; only the WhatsApp platform is faked. The
 * worker runs the `activities` picked from the pieces (the conversation activities, and more).
 *
 * The engine stamps assignments and deadlines with its own clock, the workflow with the server's,
 * which jumps when time is skipped. So the engine's clock (`Date`, nothing else) follows the
 * server's here: moved up to it after every skip (and wherever a test calls `followServerClock`),
 * then running on in real time, as both clocks would in production.
 *
 * The returned object holds the pieces of the test running (read them in hooks and tests, not
 * when the file is collected); `name` tells the task queue and the data directory.
 */
export function useTimeSkippingEngine(
  name: string,
  activities: (engine: TimeSkippingEngine) => object,
): TimeSkippingEngine {
  const engine = {} as TimeSkippingEngine;
  let worker: Worker;
  let running: Promise<void>;

  beforeEach(async () => {
    // A server of its own per test: skipped time is global to a server.
    const env = await timeSkippingTemporal();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: await env.currentTimeMs() });
    const database = await openTestDatabase();
    const taskQueue = `${name}-${randomUUID()}`;
    const config = parseConfig({
      DATA_DIR: `/tmp/parley-${name}-time-skipping-test`,
      TEMPORAL_TASK_QUEUE: taskQueue,
    });
    const logger = pino({ level: 'silent' });
    const services = pricingServices(database);
    const publisher = new InboxPublisher(database, services.events);
    const temporal = { client: env.client, connection: env.connection } as unknown as TemporalClientService;
    const relay = new OutboxRelay(config, logger, database, temporal, {} as TemplateWorkflows);
    const assignment = new AssignmentService(database, publisher, new SlaTimers(config), relay);
    const triggers = new FlowTriggers();
    const intake = new IntakeWebhookUseCase(
      database,
      publisher,
      relay,
      logger,
      { kick() {} } as unknown as MediaFetcher,
      config,
      services.settlement,
      services.ledger,
      new IntakeRouting(database, assignment, logger),
      triggers,
    );
    const channel = new FakeChannel();
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
    const organisationId = await createOrganisation(database);
    const account = await createAccount(database, organisationId);
    await grant(services, organisationId, 1_000);

    const followServerClock = async () => {
      const server = await env.currentTimeMs();
      if (server > Date.now()) vi.setSystemTime(server);
    };
    Object.assign(engine, {
      env,
      database,
      config,
      logger,
      services,
      publisher,
      temporal,
      relay,
      assignment,
      triggers,
      intake,
      channel,
      files,
      drafts,
      replies,
      sender,
      conversations,
      organisationId,
      account,
      followServerClock,
      async skip(ms: number) {
        await env.sleep(ms);
        await followServerClock();
      },
      async customerWrites(from, content) {
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
      },
    } satisfies TimeSkippingEngine);

    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: activities(engine),
    });
    running = worker.run();
  }, 60_000);

  afterEach(async () => {
    await engine.relay.onApplicationShutdown();
    worker.shutdown();
    await running;
    vi.useRealTimers();
    await engine.env.teardown();
    await engine.database.close();
  }, 30_000);

  return engine;
}
