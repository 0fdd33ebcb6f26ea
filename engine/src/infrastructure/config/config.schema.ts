import { resolve } from 'node:path';
import { planIds } from '@parley/contracts';
import { z } from 'zod';

const roles = ['api', 'worker', 'scheduler'] as const;
const optionalSecret = z.string().min(1).optional();

/**
 * The engine's environment, parsed once at boot. Secrets are listed in `secretEnvKeys`. Only
 * app-level settings live here: every channel account's own credentials are in the database.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Where people and platforms reach this engine: links in emails, webhook callback URLs. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Which proxies in front of Parley to believe about the client's address (X-Forwarded-For),
     * for sign-in throttling and the sessions list: a number of hops, or addresses and CIDRs
     * (`loopback`, `10.0.0.0/8,127.0.0.1`). Unset, the connecting address is the client.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(
        /^(\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
        'must be a number of hops or a comma-separated list of addresses',
      )
      .transform((value) => (/^\d+$/.test(value) ? Number(value) : value.split(/\s*,\s*/)))
      .optional(),
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
    /**
     * 32 random bytes, base64: seals channel credentials at rest (AES-256-GCM). Without it the
     * key is generated into DATA_DIR/encryption.key on first boot (embedded mode only).
     */
    PARLEY_ENCRYPTION_KEY: z
      .string()
      .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
    /** The plan of organisations created at first run; the operator changes it with `parley set-plan`. */
    PARLEY_DEFAULT_PLAN: z.enum(planIds).default('free'),
    /** smtp://user:password@host:port or smtps://…; without it invitation and reset links are shown to admins. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Parley <no-reply@localhost>'),
    WEB_DIST_DIR: z.string().min(1).optional(),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^:\s]+:\d+$/, 'must be host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('parley'),
    /**
     * host:port for a Prometheus endpoint (`/metrics`) with the Temporal SDK's worker metrics:
     * sticky cache size and evictions, workflow task replays, activity latencies. Off when unset.
     */
    TEMPORAL_METRICS_ADDRESS: z
      .string()
      .regex(/^[^:\s]+:\d+$/, 'must be host:port')
      .optional(),
    WHATSAPP_API_BASE_URL: z.url().default('https://graph.facebook.com'),
    WHATSAPP_GRAPH_VERSION: z
      .string()
      .regex(/^v\d+\.\d+$/, 'must look like v23.0')
      .default('v23.0'),
    /** The Meta app: without its secret WhatsApp is not available on this installation. */
    WHATSAPP_APP_ID: z.string().regex(/^\d+$/, 'must be the numeric app id').optional(),
    WHATSAPP_APP_SECRET: optionalSecret,
    WHATSAPP_VERIFY_TOKEN: optionalSecret,
    /** Embedded Signup's configuration id (Meta's Facebook Login for Business configuration). */
    WHATSAPP_SIGNUP_CONFIG_ID: z.string().regex(/^\d+$/, 'must be the numeric configuration id').optional(),
    /** The Embedded Signup dialog; Meta's Facebook login dialog by default, the sandbox's consent page in development. */
    WHATSAPP_SIGNUP_URL: z.url({ protocol: /^https?$/ }).optional(),
    TELEGRAM_API_BASE_URL: z.url().default('https://api.telegram.org'),
    /** How long WhatsApp's template review usually takes: a template still pending is polled after this. */
    TEMPLATE_REVIEW_POLL_AFTER_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .default(60 * 60 * 1000),
    /**
     * Shortens the customer-service window (and the free entry-point window) to this many ms, for
     * demos only: WhatsApp keeps its own 24 hours, so a message Parley lets through after a real
     * window closed is refused by WhatsApp.
     */
    CUSTOMER_SERVICE_WINDOW_MS: z.coerce.number().int().min(10_000).optional(),
    /** Conversation workflows the worker keeps in memory; more are replayed from history when needed. */
    TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(1_000),
    OUTBOX_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(64),
    /** A JSON price list (rate cards, dated rule sets, credit prices; docs/credits.md) replacing the default. */
    PRICE_LIST_FILE: z.string().min(1).optional(),
    /**
     * `apply` bills by rule sets marked reported (announced by resellers, not confirmed by
     * WhatsApp, such as billable service replies from 2026-10-01); `ignore` (default) skips them.
     */
    PRICING_REPORTED_RULES: z.enum(['ignore', 'apply']).default('ignore'),
    /** How admins pay for credits: `sandbox` (test cards, no network; the default) or `stripe` (Stripe Checkout). */
    PAYMENT_PROVIDER: z.enum(['sandbox', 'stripe']).default('sandbox'),
    /** Stripe's secret API key (sk_live_… or sk_test_…); required with PAYMENT_PROVIDER=stripe. */
    STRIPE_SECRET_KEY: optionalSecret,
    /** The signing secret (whsec_…) of the Stripe webhook endpoint at /webhooks/stripe. */
    STRIPE_WEBHOOK_SECRET: optionalSecret,
    /** Another address for Stripe's API (stripe-mock in tests, http://127.0.0.1:12111); Stripe's own when unset. */
    STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** How long the sandbox's 3-D Secure test card (4000 0000 0000 3220) stays pending before it is paid. */
    SANDBOX_PAYMENT_PENDING_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
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
  .refine((env) => !env.WHATSAPP_APP_SECRET || env.WHATSAPP_VERIFY_TOKEN, {
    path: ['WHATSAPP_VERIFY_TOKEN'],
    message: 'is required when WHATSAPP_APP_SECRET is set',
  })
  .refine((env) => !env.WHATSAPP_APP_SECRET || env.WHATSAPP_APP_ID, {
    path: ['WHATSAPP_APP_ID'],
    message: 'is required when WHATSAPP_APP_SECRET is set (the Embedded Signup code exchange)',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PARLEY_ENCRYPTION_KEY, {
    path: ['PARLEY_ENCRYPTION_KEY'],
    message: 'is required in production (a generated key file is for embedded installs only)',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PUBLIC_URL, {
    path: ['PUBLIC_URL'],
    message: 'is required in production (links in emails and webhook callback URLs)',
  })
  .refine((env) => env.PAYMENT_PROVIDER !== 'stripe' || env.STRIPE_SECRET_KEY, {
    path: ['STRIPE_SECRET_KEY'],
    message: "is required when PAYMENT_PROVIDER=stripe (the secret key from Stripe's dashboard, sk_…)",
  })
  .transform((env) => ({
    ...env,
    DATA_DIR: resolve(env.DATA_DIR),
    DATABASE_URL: env.DATABASE_URL ?? `sqlite:${resolve(env.DATA_DIR, 'parley.db')}`,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    WHATSAPP_SIGNUP_URL:
      env.WHATSAPP_SIGNUP_URL ?? `https://www.facebook.com/${env.WHATSAPP_GRAPH_VERSION}/dialog/oauth`,
  }));

export type AppConfig = z.infer<typeof configSchema>;
export const secretEnvKeys = [
  'PARLEY_ENCRYPTION_KEY',
  'SMTP_URL',
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
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
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(environment)';
    const problem = present[key] === undefined && issue.code !== 'custom' ? 'is missing' : issue.message;
    return `  ${key}: ${problem}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
