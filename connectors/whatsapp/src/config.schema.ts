import { z } from 'zod';

/**
 * The Meta app's settings, shared by every account: where the Graph API is, and what proves a
 * webhook is Meta's. They come from the environment; one webhook URL serves all accounts.
 */
export const whatsappSettingsSchema = z.object({
  /** Graph API origin; the sandbox's URL in development and tests. */
  apiBaseUrl: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com'),
  graphVersion: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like v23.0')
    .default('v23.0'),
  /** App secret: signs webhooks (secret). */
  appSecret: z.string().min(1),
  /** The token Meta echoes in the webhook subscription handshake (secret). */
  verifyToken: z.string().min(1),
});
export type WhatsAppSettings = z.infer<typeof whatsappSettingsSchema>;

/** One WhatsApp Cloud API account: the app's settings plus the account's own access token. */
export const whatsappConfigSchema = whatsappSettingsSchema.extend({
  /** The business's access token: a system user token, or the one the Embedded Signup exchange gave (secret). */
  accessToken: z.string().min(1),
});
export type WhatsAppConfig = z.infer<typeof whatsappConfigSchema>;

export const whatsappSecretKeys = [
  'accessToken',
  'appSecret',
  'verifyToken',
] as const satisfies readonly (keyof WhatsAppConfig)[];

/** What each connected account brings (stored encrypted with the account); the rest is app settings. */
export const whatsappCredentialKeys = ['accessToken'] as const satisfies readonly (keyof WhatsAppConfig)[];
