import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { ConnectorSendError } from '@parley/connector-sdk';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { SingleFlight } from '../infrastructure/single-flight.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { MediaStore } from './media-store.js';

const batchSize = 8;
const leaseMs = 5 * 60_000;
const maxAttempts = 8;

/**
 * Downloads the media customers send (WhatsApp: `GET /{media-id}`, then the short-lived URL) into
 * the data folder, after intake and outside Temporal. Kicked after each intake that queued media,
 * and swept every few seconds; failures back off and give up after a few tries.
 */
@Injectable()
export class MediaFetcher implements OnApplicationShutdown {
  readonly store: MediaStore;
  private readonly flight = new SingleFlight(
    () => this.drain(),
    (error) => this.logger.error({ err: error }, 'media fetch pass failed'),
  );

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly channels: ChannelClients,
    private readonly publisher: InboxPublisher,
  ) {
    this.store = new MediaStore(join(config.DATA_DIR, 'media'));
  }

  @Interval('media-sweep', 5_000)
  kick(): void {
    this.flight.kick();
  }

  async onApplicationShutdown() {
    await this.flight.stop();
  }

  private async drain() {
    while (!this.flight.isStopped) {
      const due = await this.database
        .sql()
        .selectFrom('Media')
        .select([
          'id',
          'organisation',
          'channelAccount',
          'message',
          'platformMediaId',
          'attempts',
          'availableAt',
        ])
        .where('state', '=', 'pending')
        .where('availableAt', '<=', new Date())
        .orderBy('availableAt')
        .limit(batchSize)
        .execute();
      if (due.length === 0) return;
      await Promise.all(due.map((row) => this.fetch(row)));
    }
  }

  private async fetch(row: {
    id: string;
    organisation: string;
    channelAccount: string;
    message: string;
    platformMediaId: string;
    attempts: number;
    availableAt: Date;
  }) {
    const sql = this.database.sql();
    // Claim it with a lease, so another process sweeping at the same time skips it.
    const claimed = await sql
      .updateTable('Media')
      .set({ availableAt: new Date(Date.now() + leaseMs) })
      .where('id', '=', row.id)
      .where('availableAt', '=', row.availableAt)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    try {
      const account = await sql
        .selectFrom('ChannelAccount')
        .select(['id', 'channel', 'credentials', 'disconnectedAt'])
        .where('id', '=', row.channelAccount)
        .executeTakeFirstOrThrow();
      const client = this.channels.clientFor(account)?.client;
      if (!client) throw new ConnectorSendError('the channel account is disconnected', 'disconnected', false);
      if (!client.downloadMedia)
        throw new ConnectorSendError(`${account.channel} media cannot be downloaded`, 'unsupported', false);
      const media = await client.downloadMedia(row.platformMediaId);
      const { sha256, sizeBytes } = await this.store.write(row.id, media.data);
      await sql
        .updateTable('Media')
        .set({
          state: 'stored',
          mimeType: media.mimeType,
          sha256,
          sizeBytes,
          filename: media.filename ?? null,
          lastError: null,
        })
        .where('id', '=', row.id)
        .execute();
      await this.publisher.messages(row.organisation, [row.message]);
    } catch (error) {
      const attempts = row.attempts + 1;
      const permanent = (error instanceof ConnectorSendError && !error.retryable) || attempts >= maxAttempts;
      this.logger.warn({ err: error, mediaId: row.id, attempts, permanent }, 'media download failed');
      await sql
        .updateTable('Media')
        .set({
          state: permanent ? 'failed' : 'pending',
          attempts,
          availableAt: new Date(Date.now() + Math.min(10 * 60_000, 2_000 * 2 ** attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 2_000) : String(error),
        })
        .where('id', '=', row.id)
        .execute();
    }
  }
}
