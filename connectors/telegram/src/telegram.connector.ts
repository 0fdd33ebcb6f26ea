import type { ChannelClient, Connector, ConnectorOptions } from '@parley/connector-sdk';
import { BotApiClient } from './bot-api.client.js';
import { sendTypingAction } from './chat-action.js';
import {
  botIdOf,
  telegramConfigSchema,
  telegramCredentialKeys,
  telegramSecretKeys,
  type TelegramConfig,
} from './config.schema.js';
import { telegramManifest } from './manifest.js';
import { downloadTelegramFile } from './media-download.js';
import { sendTelegramMessage } from './send.js';
import { verifySecretToken } from './signature.js';
import { parseTelegramUpdate } from './webhook.js';

export interface TelegramClientOptions extends ConnectorOptions {
  /** The clock that dates button taps (Telegram does not); tests pass a fixed one. */
  now?: () => Date;
}

/**
 * A channel client for one Telegram bot. There is no handshake: Telegram is pointed at the
 * webhook by an outbound setWebhook call (see `createTelegramManagement`).
 */
export function createTelegramClient(
  config: TelegramConfig,
  options: TelegramClientOptions = {},
): ChannelClient {
  const api = new BotApiClient(config, options);
  const botId = botIdOf(config.botToken);
  const now = options.now ?? (() => new Date());
  return {
    manifest: telegramManifest,
    verifySignature: (_rawBody, headers) => verifySecretToken(config.webhookSecret, headers),
    parseWebhook: (body) => parseTelegramUpdate(body, { botId, now }),
    send: (request) => sendTelegramMessage(api, botId, request),
    downloadMedia: (fileId) => downloadTelegramFile(api, fileId),
    acknowledgeInteraction: async (callbackQueryId) => {
      await api.call('answerCallbackQuery', { callback_query_id: callbackQueryId });
    },
    // No markRead: Telegram sends bots' customers no read receipts.
    showTyping: (request) => sendTypingAction(api, botId, request),
  };
}

export const telegramConnector: Connector<'telegram', TelegramConfig> = {
  manifest: telegramManifest,
  configSchema: telegramConfigSchema,
  secretKeys: telegramSecretKeys,
  credentialKeys: telegramCredentialKeys,
  create: (config, options) => createTelegramClient(config, options),
};
