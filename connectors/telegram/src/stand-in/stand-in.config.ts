import { z } from 'zod';
import { botTokenPattern, webhookSecretPattern } from '../config.schema.js';

/** The stand-in's environment. Secrets: TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET. */
export const standInEnvSchema = z.object({
  TELEGRAM_STAND_IN_PORT: z.coerce.number().int().min(0).max(65_535).default(3101),
  TELEGRAM_STAND_IN_HOST: z.string().min(1).default('127.0.0.1'),
  /** The only token the stand-in accepts; its numeric prefix is the bot's id. */
  TELEGRAM_BOT_TOKEN: z.string().regex(botTokenPattern, 'must be a bot token (<bot id>:<secret>)'),
  /** Sent as X-Telegram-Bot-Api-Secret-Token with each update (a setWebhook secret_token replaces it). */
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(webhookSecretPattern, 'must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  /** Where updates go (the engine's Telegram webhook); setWebhook can set or change it later. */
  TELEGRAM_STAND_IN_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export interface StandInConfig {
  port: number;
  host: string;
  botToken: string;
  webhookSecret?: string | undefined;
  webhookUrl?: string | undefined;
}

export class StandInConfigError extends Error {
  override readonly name = 'StandInConfigError';
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      `Invalid Telegram stand-in configuration: ${issues.map((issue) => `${issue.variable} ${issue.message}`).join('; ')}`,
    );
  }
}

/** Parses the environment (empty values count as unset); throws StandInConfigError naming each bad variable. */
export function parseStandInConfig(env: Record<string, string | undefined>): StandInConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = standInEnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new StandInConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '(env)');
        return { variable, message: variable in present ? issue.message : 'is required' };
      }),
    );
  }
  const vars = parsed.data;
  return {
    port: vars.TELEGRAM_STAND_IN_PORT,
    host: vars.TELEGRAM_STAND_IN_HOST,
    botToken: vars.TELEGRAM_BOT_TOKEN,
    webhookSecret: vars.TELEGRAM_WEBHOOK_SECRET,
    webhookUrl: vars.TELEGRAM_STAND_IN_WEBHOOK_URL,
  };
}
