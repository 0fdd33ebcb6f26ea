import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';

/**
 * The Temporal client. The connection is lazy, so the engine starts and takes webhooks while
 * Temporal is down; calls fail until it is back and the outbox relay retries them.
 */
@Injectable()
export class TemporalClientService implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    this.connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS, connectTimeout: '3 seconds' });
    this.client = new Client({ connection: this.connection, namespace: config.TEMPORAL_NAMESPACE });
  }

  /** Whether the Temporal server answers within `timeoutMs`. */
  async isHealthy(timeoutMs = 1_500): Promise<boolean> {
    try {
      await this.connection.withDeadline(Date.now() + timeoutMs, () =>
        this.connection.workflowService.getSystemInfo({}),
      );
      return true;
    } catch {
      return false;
    }
  }

  async onApplicationShutdown() {
    await this.connection.close().catch(() => undefined);
  }
}
