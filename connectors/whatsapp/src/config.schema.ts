import { z } from 'zod';

/** One WhatsApp Cloud API channel: where the Graph API is and the credentials of the Meta app. */
export const whatsappConfigSchema = z.object({
  /** Graph API origin; the sandbox's URL in development and tests. */
  apiBaseUrl: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com'),
  graphVersion: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like v23.0')
    .default('v23.0'),
  /** System user access token (secret). */
  accessToken: z.string().min(1),
  /** App secret: signs webhooks (secret). */
  appSecret: z.string().min(1),
  /** The token Meta echoes in the webhook subscription handshake (secret). */
  verifyToken: z.string().min(1),
});
export type WhatsAppConfig = z.infer<typeof whatsappConfigSchema>;

export const whatsappSecretKeys = [
  'accessToken',
  'appSecret',
  'verifyToken',
] as const satisfies readonly (keyof WhatsAppConfig)[];
