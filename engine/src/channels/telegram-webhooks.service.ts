import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { TelegramManagement } from '@parley/connector-telegram';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { telegramWebhookUrl } from './account-connector.service.js';
import { ChannelClients } from './channel-clients.service.js';

const retryMs = { min: 2_000, max: 60_000 };

/**
 * Telegram is told where each bot's updates go when the bot is connected; at boot Parley tells it
 * again for every connected bot (the URL may have changed, or a stand-in forgotten it), retrying in
 * the background until it succeeds, so a Telegram outage never holds the engine back.
 */
@Injectable()
export class TelegramWebhooks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly clients: ChannelClients,
  ) {}

  async onApplicationBootstrap() {
    const bots = await this.database
      .sql()
      .selectFrom('ChannelAccount')
      .select(['id', 'credentials', 'webhookKey'])
      .where('channel', '=', 'telegram')
      .where('disconnectedAt', 'is', null)
      .execute();
    for (const bot of bots) {
      if (!bot.credentials || !bot.webhookKey) continue;
      let management: TelegramManagement;
      try {
        management = this.clients.telegramManagement(this.clients.openCredentials(bot.id, bot.credentials));
      } catch (error) {
        // One bot whose credentials no longer open (another encryption key) must not stop the rest.
        this.logger.error({ err: error, channelAccountId: bot.id }, 'telegram bot credentials unreadable');
        continue;
      }
      this.register(bot.id, management, telegramWebhookUrl(this.config.PUBLIC_URL, bot.webhookKey));
    }
  }

  onApplicationShutdown() {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
  }

  private register(accountId: string, management: TelegramManagement, url: string) {
    const attempt = (delay: number) => {
      management
        .setWebhook(url)
        .then(() => this.logger.info({ channelAccountId: accountId }, 'telegram webhook registered'))
        .catch((error: unknown) => {
          if (this.stopped) return;
          this.logger.warn(
            { err: error, channelAccountId: accountId, retryInMs: delay },
            'telegram webhook registration failed; retrying',
          );
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            attempt(Math.min(delay * 2, retryMs.max));
          }, delay);
          this.timers.add(timer);
        });
    };
    attempt(retryMs.min);
  }
}
