import { z } from 'zod';

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

/** The sandbox's environment. Secrets: WHATSAPP_APP_SECRET, WHATSAPP_ACCESS_TOKEN. */
export const sandboxEnvSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(3100),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where webhooks go: the engine's WhatsApp webhook endpoint. */
  SANDBOX_WEBHOOK_URL: z.url({ protocol: /^https?$/ }),
  WHATSAPP_APP_SECRET: z.string().min(1),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'must be digits').default('100000000000001'),
  WHATSAPP_DISPLAY_PHONE_NUMBER: z.string().min(1).default('+1 555 0100'),
  /** Entry id of the webhooks (the WhatsApp Business Account id). */
  WHATSAPP_BUSINESS_ACCOUNT_ID: z.string().regex(/^\d+$/, 'must be digits').default('100000000000000'),
  /** Delays after accepting a message, in ms, of its sent, delivered and read statuses. */
  SANDBOX_STATUS_DELAYS_MS: statusDelaysSchema.default({ sent: 100, delivered: 300, read: 1000 }),
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
}

export class SandboxConfigError extends Error {
  override readonly name = 'SandboxConfigError';
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      `Invalid sandbox configuration: ${issues.map((issue) => `${issue.variable} ${issue.message}`).join('; ')}`,
    );
  }
}

/** Parses the environment (empty values count as unset); throws SandboxConfigError naming each bad variable. */
export function parseSandboxConfig(env: Record<string, string | undefined>): SandboxConfig {
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
  return {
    port: vars.SANDBOX_PORT,
    host: vars.SANDBOX_HOST,
    webhookUrl: vars.SANDBOX_WEBHOOK_URL,
    appSecret: vars.WHATSAPP_APP_SECRET,
    accessToken: vars.WHATSAPP_ACCESS_TOKEN,
    phoneNumberId: vars.WHATSAPP_PHONE_NUMBER_ID,
    displayPhoneNumber: vars.WHATSAPP_DISPLAY_PHONE_NUMBER,
    businessAccountId: vars.WHATSAPP_BUSINESS_ACCOUNT_ID,
    statusDelaysMs: vars.SANDBOX_STATUS_DELAYS_MS,
  };
}
