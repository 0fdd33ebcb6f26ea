import { z } from 'zod';

/** A bot token as BotFather gives it: the bot's numeric id, a colon and the secret part. */
export const botTokenPattern = /^\d+:[\w-]{30,}$/;
/** Telegram's rule for setWebhook's secret_token. */
export const webhookSecretPattern = /^[A-Za-z0-9_-]{1,256}$/;

/** One Telegram bot: where the Bot API is and the bot's credentials. */
export const telegramConfigSchema = z.object({
  /** Bot API origin; the stand-in's URL in development and tests. */
  apiBaseUrl: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  /** The token BotFather gave (secret). Its numeric prefix is the bot id, Parley's channel account id. */
  botToken: z
    .string()
    .regex(botTokenPattern, 'must be a bot token as BotFather gives it (<bot id>:<secret>)'),
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token with every update (secret). */
  webhookSecret: z
    .string()
    .regex(webhookSecretPattern, 'must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -'),
});
export type TelegramConfig = z.infer<typeof telegramConfigSchema>;

export const telegramSecretKeys = [
  'botToken',
  'webhookSecret',
] as const satisfies readonly (keyof TelegramConfig)[];

/**
 * What each connected bot brings (stored encrypted with the account): its token, and the secret
 * Parley gave setWebhook for it: every secret. Only the API origin is an app-level setting.
 */
export const telegramCredentialKeys = telegramSecretKeys;

/** The bot's id: the numeric prefix of its token. */
export function botIdOf(botToken: string): string {
  return botToken.slice(0, botToken.indexOf(':'));
}
