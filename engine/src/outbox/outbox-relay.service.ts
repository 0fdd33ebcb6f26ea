import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  type ConversationWorkflowInput,
  conversationWorkflowType,
  inboundMessageSignalName,
  type InboundMessageSignal,
} from '@parley/workflows';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import type { OutboxEntry } from '../infrastructure/database/entities.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import { SingleFlight } from '../infrastructure/single-flight.js';
import { TemplateWorkflows } from '../templates/template-workflows.service.js';
import { AdaptiveLimit } from './adaptive-limit.js';
import { outboxPayloadSchema } from './outbox-payload.js';

const claimLeaseMs = 60_000;
/**
 * Workflow tasks allowed to wait in Temporal for a worker (about a second of work for the embedded
 * server); above it the relay holds back and the outbox absorbs the burst.
 */
const maxTemporalBacklog = 40;
const backlogRefreshMs = 200;
// Temporal's enums, by number: TaskQueueKind NORMAL, TaskQueueType WORKFLOW.
const normalTaskQueue = 1;
const workflowTasks = 1;
const slowSignalMs = 1_000;
const maxBackoffMs = 60_000;

type Entry = Pick<OutboxEntry, 'id' | 'workflowId' | 'payload' | 'attempts'>;

/**
 * Relays committed outbox rows to Temporal with `signalWithStart`, at once after intake and from the
 * scheduled sweep. Admission control: rows are claimed in batches and sent with an adaptive
 * concurrency limit, one conversation's rows in order; when Temporal is unreachable the rows stay
 * in the outbox with a backoff and nothing is lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly limit: AdaptiveLimit;
  private backlogReading = { at: 0, backlog: 0, sentSince: 0 };
  private readonly flight = new SingleFlight(
    () => this.drain(),
    (error) => this.logger.error({ err: error }, 'outbox relay pass failed'),
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly temporal: TemporalClientService,
    private readonly templates: TemplateWorkflows,
  ) {
    this.limit = new AdaptiveLimit(2, config.OUTBOX_MAX_CONCURRENCY, slowSignalMs, 8);
  }

  /** Asks for a relay pass; passes never overlap, a kick during one schedules another. */
  kick(): void {
    this.flight.kick();
  }

  async onApplicationShutdown() {
    await this.flight.stop();
  }

  private async drain() {
    while (!this.flight.isStopped) {
      const room = await this.temporalRoom();
      if (room === 0) {
        await new Promise((resolve) => setTimeout(resolve, backlogRefreshMs));
        continue;
      }
      const batch = await this.claim(Math.min(room, Math.max(16, this.limit.current * 4)));
      if (batch.length === 0) return;
      if (!(await this.dispatch(batch))) return; // Temporal unreachable: the sweep tries again later
    }
  }

  /**
   * How many more signals Temporal can take now: workflow tasks already waiting for a worker
   * count against a small allowance, so a burst waits here, acknowledged and durable, instead of
   * piling up in Temporal where it would slow every conversation (and the server) down.
   */
  private async temporalRoom(): Promise<number> {
    // A fresh reading is reused, less what was sent since, so a steady trickle of webhooks does not
    // cost Temporal a describe call each.
    if (Date.now() - this.backlogReading.at < backlogRefreshMs) {
      return Math.max(0, maxTemporalBacklog - this.backlogReading.backlog - this.backlogReading.sentSince);
    }
    try {
      const { stats } = await this.temporal.connection.withDeadline(Date.now() + 1_000, () =>
        this.temporal.connection.workflowService.describeTaskQueue({
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: { name: this.config.TEMPORAL_TASK_QUEUE, kind: normalTaskQueue },
          taskQueueType: workflowTasks,
          reportStats: true,
        }),
      );
      const backlog = Number(stats?.approximateBacklogCount ?? 0);
      this.backlogReading = { at: Date.now(), backlog, sentSince: 0 };
      return Math.max(0, maxTemporalBacklog - backlog);
    } catch {
      return maxTemporalBacklog; // unknown: try, and let a failed signal tell whether Temporal is there
    }
  }

  private async claim(size: number): Promise<Entry[]> {
    const sql = this.database.sql();
    const now = new Date();
    const token = randomUUID();
    await sql
      .updateTable('OutboxEntry')
      .set({ claimToken: token, claimedUntil: new Date(now.getTime() + claimLeaseMs) })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('OutboxEntry')
          .select('id')
          .where('availableAt', '<=', now)
          .where((w) => w.or([w('claimedUntil', 'is', null), w('claimedUntil', '<', now)]))
          .orderBy('id')
          .limit(size),
      )
      // checked again on the row itself, so two relays never claim the same row
      .where((w) => w.or([w('claimedUntil', 'is', null), w('claimedUntil', '<', now)]))
      .execute();
    return sql
      .selectFrom('OutboxEntry')
      .select(['id', 'workflowId', 'payload', 'attempts'])
      .where('claimToken', '=', token)
      .orderBy('id')
      .execute();
  }

  /** Sends a claimed batch; returns false when Temporal could not be reached. */
  private async dispatch(batch: Entry[]): Promise<boolean> {
    const byWorkflow = new Map<string, Entry[]>();
    for (const entry of batch)
      byWorkflow.set(entry.workflowId, [...(byWorkflow.get(entry.workflowId) ?? []), entry]);
    const queue = [...byWorkflow.values()];
    const done: number[] = [];
    const failed: { entry: Entry; error: string }[] = [];
    let unreachable = false;

    const runGroup = async (group: Entry[]) => {
      for (const [index, entry] of group.entries()) {
        if (unreachable || this.flight.isStopped) {
          failed.push(...group.slice(index).map((rest) => ({ entry: rest, error: 'not attempted' })));
          return;
        }
        const started = performance.now();
        try {
          await this.signal(entry);
          this.backlogReading.sentSince += 1;
          this.limit.success(performance.now() - started);
          done.push(entry.id);
        } catch (error) {
          this.limit.failure();
          unreachable ||= isUnavailable(error);
          failed.push(...group.slice(index).map((rest) => ({ entry: rest, error: describe(error) })));
          return;
        }
      }
    };
    const lanes: Promise<void>[] = [];
    const next = async (): Promise<void> => {
      for (let group = queue.shift(); group; group = queue.shift()) await runGroup(group);
    };
    for (let i = 0; i < Math.min(this.limit.current, queue.length); i++) lanes.push(next());
    await Promise.all(lanes);

    await this.settle(done, failed);
    if (failed.length > 0) {
      this.logger.warn(
        { failed: failed.length, relayed: done.length, error: failed[0]?.error },
        unreachable
          ? 'temporal unreachable; outbox rows kept for retry'
          : 'outbox rows failed; retrying later',
      );
    }
    return !unreachable;
  }

  private signal(entry: Entry) {
    const payload = outboxPayloadSchema.parse(entry.payload);
    if (payload.workflow === 'template')
      return this.templates.signal(
        { id: payload.templateId, wabaId: payload.wabaId, status: payload.status },
        payload.event,
      );
    const { workflow: _workflow, policy, ...signal } = payload;
    const message: InboundMessageSignal = signal;
    const start: ConversationWorkflowInput = {
      conversationId: message.conversationId,
      ...(policy ? { policy } : {}),
    };
    return this.temporal.client.workflow.signalWithStart(conversationWorkflowType, {
      workflowId: entry.workflowId,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [start],
      signal: inboundMessageSignalName,
      signalArgs: [message],
    });
  }

  private async settle(done: number[], failed: { entry: Entry; error: string }[]) {
    await this.database.transaction(async (sql) => {
      if (done.length > 0) await sql.deleteFrom('OutboxEntry').where('id', 'in', done).execute();
      const now = Date.now();
      for (const { entry, error } of failed) {
        const backoff = Math.min(maxBackoffMs, 500 * 2 ** entry.attempts);
        await sql
          .updateTable('OutboxEntry')
          .set({
            attempts: entry.attempts + 1,
            availableAt: new Date(now + backoff),
            claimToken: null,
            claimedUntil: null,
            lastError: error.slice(0, 2_000),
          })
          .where('id', '=', entry.id)
          .execute();
      }
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** gRPC UNAVAILABLE (14) or DEADLINE_EXCEEDED (4), or a connection that could not be made. */
function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let current: unknown = error;
    current && !seen.has(current);
    current = (current as { cause?: unknown }).cause
  ) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (code === 14 || code === 4) return true;
    const message = current instanceof Error ? current.message : '';
    if (/UNAVAILABLE|ECONNREFUSED|DEADLINE_EXCEEDED|Failed to connect/i.test(message)) return true;
  }
  return false;
}
