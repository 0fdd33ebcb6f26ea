export {
  createTelegramManagement,
  TELEGRAM_ALLOWED_UPDATES,
  type TelegramBotInfo,
  type TelegramManagement,
} from './bot-management.js';
export { BotApiClient, type BotApiOptions } from './bot-api.client.js';
export {
  botIdOf,
  telegramConfigSchema,
  telegramCredentialKeys,
  telegramSecretKeys,
  type TelegramConfig,
} from './config.schema.js';
export { botApiErrorSchema, botApiSendError, isRetryable, networkSendError } from './errors.js';
export { CALLBACK_DATA_MAX_BYTES, telegramManifest } from './manifest.js';
export { botApiRequest, type BotApiRequest } from './outbound-request.js';
export { parsePlatformMessageId, platformMessageId } from './platform-id.js';
export { SECRET_TOKEN_HEADER, verifySecretToken } from './signature.js';
export { createTelegramClient, telegramConnector, type TelegramClientOptions } from './telegram.connector.js';
export * from './update.schema.js';
export { parseTelegramUpdate, type UpdateContext } from './webhook.js';
