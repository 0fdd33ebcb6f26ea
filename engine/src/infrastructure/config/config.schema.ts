import { resolve } from 'node:path';
import { z } from 'zod';

const roles = ['api', 'worker', 'scheduler'] as const;

/** The engine's environment, parsed once at boot. Secrets are listed in `secretEnvKeys`. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PARLEY_ROLES: z
      .string()
      .default(roles.join(','))
      .transform((value) => value.split(',').map((role) => role.trim()))
      .pipe(z.array(z.enum(roles)).min(1)),
    DATA_DIR: z.string().min(1).default('.data'),
    DATABASE_URL: z
      .string()
      .regex(/^(postgres(ql)?|sqlite):/, 'must start with postgres://, postgresql:// or sqlite:')
      .optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^:\s]+:\d+$/, 'must be host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('parley'),
    WHATSAPP_API_BASE_URL: z.url().default('https://graph.facebook.com'),
    WHATSAPP_GRAPH_VERSION: z
      .string()
      .regex(/^v\d+\.\d+$/, 'must look like v23.0')
      .default('v23.0'),
    WHATSAPP_ACCESS_TOKEN: z.string().min(1),
    WHATSAPP_APP_SECRET: z.string().min(1),
    WHATSAPP_VERIFY_TOKEN: z.string().min(1),
    WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'must be the numeric phone number id'),
    /** The WhatsApp Business Account: template review webhooks are addressed to it. */
    WHATSAPP_BUSINESS_ACCOUNT_ID: z.string().regex(/^\d+$/, 'must be the numeric WABA id').optional(),
    TELEGRAM_API_BASE_URL: z.url().default('https://api.telegram.org'),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{30,}$/, 'must look like 123456:ABC-DEF… (from @BotFather)')
      .optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[\w-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    TELEGRAM_WEBHOOK_URL: z.url().optional(),
    AUTO_REPLY_TEXT: z
      .string()
      .min(1)
      .max(4096)
      .default('Thanks for your message! We have received it and will get back to you shortly.'),
    OUTBOX_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(64),
  })
  .refine(
    (env) =>
      !(env.DATABASE_URL ?? 'sqlite:').startsWith('sqlite:') || env.PARLEY_ROLES.length === roles.length,
    {
      path: ['PARLEY_ROLES'],
      message:
        'splitting the roles over several processes needs PostgreSQL (DATABASE_URL); SQLite takes one writing process',
    },
  )
  .refine((env) => !env.TELEGRAM_BOT_TOKEN || env.TELEGRAM_WEBHOOK_SECRET, {
    path: ['TELEGRAM_WEBHOOK_SECRET'],
    message: 'is required when TELEGRAM_BOT_TOKEN is set',
  })
  .transform((env) => ({
    ...env,
    DATA_DIR: resolve(env.DATA_DIR),
    DATABASE_URL: env.DATABASE_URL ?? `sqlite:${resolve(env.DATA_DIR, 'parley.db')}`,
  }));

export type AppConfig = z.infer<typeof configSchema>;
export const secretEnvKeys = [
  'WHATSAPP_ACCESS_TOKEN',
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
] as const;

/** The configuration as it may be logged: every secret replaced. */
export function redactedConfig(config: AppConfig): Record<string, unknown> {
  const secrets = new Set<string>(secretEnvKeys);
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => {
      if (secrets.has(key) && value !== undefined) return [key, '[secret]'];
      // A database URL may carry a password.
      return [key, typeof value === 'string' ? value.replace(/(\/\/[^:/@]+:)[^@]+@/, '$1[secret]@') : value];
    }),
  );
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; the error names every variable that is missing or malformed. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(environment)';
    const problem = env[key] === undefined && issue.code !== 'custom' ? 'is missing' : issue.message;
    return `  ${key}: ${problem}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
