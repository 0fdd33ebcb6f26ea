import { BotApiClient, invalidResponse, type BotApiOptions } from './bot-api.client.js';
import type { TelegramConfig } from './config.schema.js';

/** The update kinds Parley reads; Telegram sends `message_reaction` only when asked for by name. */
export const TELEGRAM_ALLOWED_UPDATES = ['message', 'callback_query', 'message_reaction'] as const;

export interface TelegramBotInfo {
  id: number;
  firstName: string;
  username: string | undefined;
}

/** Set-up calls, made when a Telegram channel is connected rather than per message. */
export interface TelegramManagement {
  /** Points Telegram at Parley's webhook URL, with the secret it will echo and the update kinds Parley reads. */
  setWebhook(url: string): Promise<void>;
  /** Who the token belongs to: checks the token and gives the bot id (the channel account id). */
  getMe(): Promise<TelegramBotInfo>;
}

export function createTelegramManagement(
  config: TelegramConfig,
  options: BotApiOptions = {},
): TelegramManagement {
  const api = new BotApiClient(config, options);
  return {
    async setWebhook(url) {
      const result = await api.call('setWebhook', {
        url,
        secret_token: config.webhookSecret,
        allowed_updates: TELEGRAM_ALLOWED_UPDATES,
      });
      if (result !== true) throw invalidResponse('setWebhook');
    },
    async getMe() {
      const bot = (await api.call('getMe', {})) as {
        id?: unknown;
        first_name?: unknown;
        username?: unknown;
      } | null;
      if (typeof bot?.id !== 'number' || typeof bot.first_name !== 'string') throw invalidResponse('getMe');
      return {
        id: bot.id,
        firstName: bot.first_name,
        username: typeof bot.username === 'string' ? bot.username : undefined,
      };
    },
  };
}
