import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createTelegramManagement, telegramConfigSchema } from '@parley/connector-telegram';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { channelSettings } from './channel-settings.js';

const retryMs = { min: 2_000, max: 60_000 };

/**
 * Telegram has no subscription handshake: Parley tells the Bot API where to post updates, with the
 * webhook secret. Done at boot when TELEGRAM_WEBHOOK_URL is set, retried in the background until it
 * succeeds, so a Telegram outage never holds the engine back.
 */
@Injectable()
export class TelegramWebhookRegistration implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    const settings = channelSettings(this.config).telegram;
    const url = this.config.TELEGRAM_WEBHOOK_URL;
    if (!settings || !url) return;
    const management = createTelegramManagement(telegramConfigSchema.parse(settings.config));
    const attempt = (delay: number) => {
      management
        .setWebhook(url)
        .then(() => this.logger.info({ url }, 'telegram webhook registered'))
        .catch((error: unknown) => {
          if (this.stopped) return;
          this.logger.warn(
            { err: error, retryInMs: delay },
            'telegram webhook registration failed; retrying',
          );
          this.timer = setTimeout(() => attempt(Math.min(delay * 2, retryMs.max)), delay);
        });
    };
    attempt(retryMs.min);
  }

  onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
