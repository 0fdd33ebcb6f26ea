import { randomUUID } from 'node:crypto';
import type { CreditPurchaseActivities } from '@parley/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { pino } from 'pino';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../infrastructure/database/database.js';
import type { TemporalClientService } from '../../infrastructure/temporal/temporal-client.service.js';
import { createOrganisation, createUser } from '../../testing/fixtures.js';
import { workflowBundle } from '../../testing/temporal.js';
import { creditServices } from '../credits.test-support.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { CreatePurchaseUseCase } from './create-purchase.usecase.js';
import { GetPurchaseQuoteUseCase } from './get-purchase-quote.usecase.js';
import { PurchaseActivitiesService } from './purchase-activities.js';
import { PurchasePublisher } from './purchase-publisher.js';
import { PurchaseWorkflows } from './purchase-workflows.service.js';
import { ReceiveStripeWebhookUseCase } from './receive-stripe-webhook.usecase.js';

/**
 * The purchase use cases and activities over a test database and a Temporal test server, as the
 * engine wires them, with `provider` taking the payments. `startWorker` runs a worker on the
 * services' own task queue (the real workflow bundle, these activities unless replaced).
 */
export async function purchaseServices(
  database: Database,
  env: TestWorkflowEnvironment,
  provider: PaymentProvider,
) {
  const taskQueue = `purchases-${randomUUID()}`;
  const credits = creditServices(database, { TEMPORAL_TASK_QUEUE: taskQueue });
  const logger = pino({ level: 'silent' });
  const publisher = new PurchasePublisher(database, credits.events);
  const temporal = { client: env.client } as TemporalClientService;
  const workflows = new PurchaseWorkflows(credits.config, temporal);
  const activities = new PurchaseActivitiesService(logger, database, provider, credits.ledger, publisher);
  const organisationId = await createOrganisation(database);
  const admin: Caller = await createUser(database, organisationId, 'admin');
  const workers: { worker: Worker; running: Promise<void> }[] = [];
  return {
    ...credits,
    organisationId,
    admin,
    workflows,
    activities,
    create: new CreatePurchaseUseCase(database, credits.prices, provider, workflows, publisher, logger),
    quote: new GetPurchaseQuoteUseCase(database, credits.prices),
    webhook: new ReceiveStripeWebhookUseCase(database, provider, workflows, logger),
    async startWorker(
      overrides: Partial<CreditPurchaseActivities> = {},
      options: Partial<WorkerOptions> = {},
    ) {
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowBundle,
        activities: { ...activities.activities, ...overrides },
        ...options,
      });
      const running = worker.run();
      workers.push({ worker, running });
      return { worker, running };
    },
    /** Stops every worker still running. */
    async stopWorkers() {
      for (const { worker, running } of workers) {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running.catch(() => undefined);
      }
    },
  };
}

/** The organisation's `purchase` ledger entries and balance. */
export async function purchaseEntries(database: Database, organisationId: string) {
  const sql = database.sql();
  const entries = await sql
    .selectFrom('CreditEntry')
    .select(['key', 'amount', 'purchase'])
    .where('organisation', '=', organisationId)
    .where('kind', '=', 'purchase')
    .execute();
  const account = await sql
    .selectFrom('CreditAccount')
    .select('balance')
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  return { entries, balance: account?.balance ?? 0 };
}

/** The organisation's audit actions, oldest first. */
export async function auditActions(database: Database, organisationId: string): Promise<string[]> {
  const rows = await database
    .sql()
    .selectFrom('AuditEntry')
    .select(['action', 'at'])
    .where('organisation', '=', organisationId)
    .orderBy('at')
    .execute();
  return rows.map((row) => row.action);
}
