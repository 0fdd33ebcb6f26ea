import { z } from 'zod';
import { defaultSeed, sandboxSeedSchema, seedProblem, type SandboxSeed } from './onboarding/seed.js';

const statusDelaysSchema = z
  .string()
  .regex(
    /^\s*\d+\s*,\s*\d+\s*,\s*\d+\s*$/,
    'must be three comma-separated millisecond delays for sent,delivered,read',
  )
  .transform((list) => {
    const [sent = 0, delivered = 0, read = 0] = list.split(',').map((delay) => Number(delay.trim()));
    return { sent, delivered, read };
  })
  .refine(
    ({ sent, delivered, read }) => sent <= delivered && delivered <= read,
    'delays must not decrease (sent ≤ delivered ≤ read)',
  );

const seedJsonSchema = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

const digits = z.string().regex(/^\d+$/, 'must be digits');
const count = (min: number) => z.coerce.number().int().min(min);

/** The sandbox's environment. Secrets: WHATSAPP_APP_SECRET, WHATSAPP_ACCESS_TOKEN. */
export const sandboxEnvSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(3100),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where webhooks go: the engine's WhatsApp webhook endpoint. */
  SANDBOX_WEBHOOK_URL: z.url({ protocol: /^https?$/ }),
  /** Signs webhooks; also the `client_secret` of the Embedded Signup code exchange. */
  WHATSAPP_APP_SECRET: z.string().min(1),
  /** The system user token: may act on every business of the sandbox. */
  WHATSAPP_ACCESS_TOKEN: z.string().min(1),
  WHATSAPP_PHONE_NUMBER_ID: digits.default('100000000000001'),
  WHATSAPP_DISPLAY_PHONE_NUMBER: z.string().min(1).default('+1 555 0100'),
  /** Entry id of the webhooks (the WhatsApp Business Account id). */
  WHATSAPP_BUSINESS_ACCOUNT_ID: digits.default('100000000000000'),
  /** The Meta app's id: the `client_id` of the Embedded Signup code exchange. */
  WHATSAPP_APP_ID: digits.default('100000000000900'),
  /** Delays after accepting a message, in ms, of its sent, delivered and read statuses. */
  SANDBOX_STATUS_DELAYS_MS: statusDelaysSchema.default({ sent: 100, delivered: 300, read: 1000 }),
  /** Messages per second one phone number may send (sliding one-second window); Meta's default 80. */
  SANDBOX_THROUGHPUT_PER_SECOND: count(1).default(80),
  /** Messages to the same customer allowed within SANDBOX_PAIR_RATE_WINDOW_MS before 131056. */
  SANDBOX_PAIR_RATE_BURST: count(1).default(6),
  SANDBOX_PAIR_RATE_WINDOW_MS: count(1).default(6_000),
  /** How long a new or edited template stays PENDING before it is approved or rejected. */
  SANDBOX_TEMPLATE_REVIEW_MS: count(0).default(5_000),
  /**
   * Whether concluded reviews send their webhooks (`message_template_status_update`, and
   * `template_category_update` when the category changed); false: clients must poll `GET /{template-id}`.
   */
  SANDBOX_TEMPLATE_REVIEW_WEBHOOKS: z.stringbool().default(true),
  /** How long a media URL from `GET /{media-id}` can be downloaded (Meta: 5 minutes). */
  SANDBOX_MEDIA_URL_TTL_MS: count(1).default(300_000),
  /**
   * Treat customers who never wrote through the sandbox as inside the customer service window
   * (benchmarks that post inbound webhooks straight to the engine); default false, as Meta.
   */
  SANDBOX_ASSUME_OPEN_WINDOW: z.stringbool().default(false),
  /** JSON of businesses, WABAs and numbers (see onboarding/seed.ts); default two, three and four. */
  SANDBOX_SEED: seedJsonSchema.pipe(sandboxSeedSchema).optional(),
});

export interface SandboxConfig {
  port: number;
  host: string;
  webhookUrl: string;
  appSecret: string;
  accessToken: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
  businessAccountId: string;
  statusDelaysMs: { sent: number; delivered: number; read: number };
  /** The settings below are optional for programmatic use; `sandboxDefaults` fills them in. */
  appId?: string;
  throughputPerSecond?: number;
  pairRate?: { burst: number; windowMs: number };
  templateReviewMs?: number;
  templateReviewWebhooks?: boolean;
  mediaUrlTtlMs?: number;
  assumeOpenWindow?: boolean;
  seed?: SandboxSeed;
}
export type ResolvedSandboxConfig = Required<SandboxConfig>;

export class SandboxConfigError extends Error {
  override readonly name = 'SandboxConfigError';
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      `Invalid sandbox configuration: ${issues.map((issue) => `${issue.variable} ${issue.message}`).join('; ')}`,
    );
  }
}

/** Fills in the optional settings and checks that the seed holds the configured number. */
export function resolveSandboxConfig(config: SandboxConfig): ResolvedSandboxConfig {
  let seed: SandboxSeed;
  try {
    seed = config.seed ?? defaultSeed(config);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const message = `the default seed clashes with the configured ids (${error.issues[0]?.message ?? ''}); set SANDBOX_SEED`;
    throw new SandboxConfigError([{ variable: 'SANDBOX_SEED', message }]);
  }
  const problem = seedProblem(seed, config);
  if (problem) throw new SandboxConfigError([{ variable: 'SANDBOX_SEED', message: problem }]);
  return {
    ...config,
    appId: config.appId ?? '100000000000900',
    throughputPerSecond: config.throughputPerSecond ?? 80,
    pairRate: config.pairRate ?? { burst: 6, windowMs: 6_000 },
    templateReviewMs: config.templateReviewMs ?? 5_000,
    templateReviewWebhooks: config.templateReviewWebhooks ?? true,
    mediaUrlTtlMs: config.mediaUrlTtlMs ?? 300_000,
    assumeOpenWindow: config.assumeOpenWindow ?? false,
    seed,
  };
}

/** Parses the environment (empty values count as unset); throws SandboxConfigError naming each bad variable. */
export function parseSandboxConfig(env: Record<string, string | undefined>): ResolvedSandboxConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = sandboxEnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new SandboxConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '(env)');
        return { variable, message: variable in present ? issue.message : 'is required' };
      }),
    );
  }
  const vars = parsed.data;
  return resolveSandboxConfig({
    port: vars.SANDBOX_PORT,
    host: vars.SANDBOX_HOST,
    webhookUrl: vars.SANDBOX_WEBHOOK_URL,
    appSecret: vars.WHATSAPP_APP_SECRET,
    accessToken: vars.WHATSAPP_ACCESS_TOKEN,
    phoneNumberId: vars.WHATSAPP_PHONE_NUMBER_ID,
    displayPhoneNumber: vars.WHATSAPP_DISPLAY_PHONE_NUMBER,
    businessAccountId: vars.WHATSAPP_BUSINESS_ACCOUNT_ID,
    appId: vars.WHATSAPP_APP_ID,
    statusDelaysMs: vars.SANDBOX_STATUS_DELAYS_MS,
    throughputPerSecond: vars.SANDBOX_THROUGHPUT_PER_SECOND,
    pairRate: { burst: vars.SANDBOX_PAIR_RATE_BURST, windowMs: vars.SANDBOX_PAIR_RATE_WINDOW_MS },
    templateReviewMs: vars.SANDBOX_TEMPLATE_REVIEW_MS,
    templateReviewWebhooks: vars.SANDBOX_TEMPLATE_REVIEW_WEBHOOKS,
    mediaUrlTtlMs: vars.SANDBOX_MEDIA_URL_TTL_MS,
    assumeOpenWindow: vars.SANDBOX_ASSUME_OPEN_WINDOW,
    ...(vars.SANDBOX_SEED ? { seed: vars.SANDBOX_SEED } : {}),
  });
}
