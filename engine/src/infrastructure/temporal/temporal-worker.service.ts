import { createRequire } from 'node:module';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  makeTelemetryFilterString,
} from '@temporalio/worker';
import type { Logger } from 'pino';
import { PurchaseActivitiesService } from '../../credits/purchases/purchase-activities.js';
import { FlowActivitiesService } from '../../flows/runtime/flow-activities.service.js';
import { ConversationActivitiesService } from '../../messaging/conversation-activities.js';
import { TemplateActivitiesService } from '../../templates/template-activities.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { LOGGER } from '../logging/logging.module.js';

const require = createRequire(import.meta.url);
const retryDelayMs = { min: 500, max: 10_000 };

/**
 * Hosts the workflows (prebuilt bundle) and the activities of this engine. The worker is
 * supervised: when Temporal is unreachable it reconnects with backoff instead of stopping the engine.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker: Worker | undefined;
  private connection: NativeConnection | undefined;
  private stopping = false;
  private supervisor: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly conversations: ConversationActivitiesService,
    private readonly flows: FlowActivitiesService,
    private readonly templates: TemplateActivitiesService,
    private readonly purchases: PurchaseActivitiesService,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.PARLEY_ROLES.includes('worker')) return;
    installRuntime(this.logger, this.config.TEMPORAL_METRICS_ADDRESS);
    this.supervisor = this.supervise();
  }

  async onApplicationShutdown() {
    this.stopping = true;
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.supervisor;
    await this.connection?.close().catch(() => undefined);
  }

  private async supervise() {
    let delay = retryDelayMs.min;
    while (!this.stopping) {
      try {
        this.connection ??= await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
        this.worker = await Worker.create({
          connection: this.connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          workflowBundle: { codePath: require.resolve('@parley/workflows/workflow-bundle') },
          activities: {
            ...this.conversations.activities,
            ...this.flows.activities,
            ...this.templates.activities,
            ...this.purchases.activities,
          },
          maxConcurrentLocalActivityExecutions: 200,
          maxCachedWorkflows: this.config.TEMPORAL_MAX_CACHED_WORKFLOWS,
        });
        this.logger.info({ taskQueue: this.config.TEMPORAL_TASK_QUEUE }, 'temporal worker started');
        delay = retryDelayMs.min;
        if (this.stopping) return;
        await this.worker.run();
      } catch (error) {
        if (this.stopping) return;
        this.logger.warn({ err: error, retryInMs: delay }, 'temporal worker unavailable; retrying');
        await this.connection?.close().catch(() => undefined);
        this.connection = undefined;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, retryDelayMs.max);
      }
    }
  }
}

let runtimeInstalled = false;
/**
 * Sends the Temporal SDK's own warnings and errors to the engine's structured log and, when
 * TEMPORAL_METRICS_ADDRESS is set, serves the SDK's worker metrics (sticky cache size and
 * evictions, workflow task replays, activity latencies) for Prometheus at `http://<address>/metrics`.
 * The address is validated with the rest of the environment at boot (config.schema.ts).
 */
function installRuntime(logger: Logger, metricsAddress: string | undefined) {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const sdkLogger = logger.child({ component: 'temporal-sdk' });
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) =>
      level === 'ERROR' ? sdkLogger.error(meta ?? {}, message) : sdkLogger.warn(meta ?? {}, message),
    ),
    telemetryOptions: {
      logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} },
      ...(metricsAddress ? { metrics: { prometheus: { bindAddress: metricsAddress } } } : {}),
    },
  });
  if (metricsAddress) logger.info({ metricsAddress }, 'temporal sdk metrics served for prometheus');
}
