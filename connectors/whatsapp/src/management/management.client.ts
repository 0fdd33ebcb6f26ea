import { z } from 'zod';
import type { GraphCallOptions } from '../graph-request.js';
import { businessAccountApi } from './business-account.api.js';
import { headerHandleApi } from './header-handle.api.js';
import { mediaUploadApi } from './media-upload.api.js';
import { onboardingApi } from './onboarding.api.js';
import { templatesApi } from './templates.api.js';

/** Where the Graph API is, and the token management calls use (absent before the Embedded Signup exchange). */
export const whatsappManagementConfigSchema = z.object({
  apiBaseUrl: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com'),
  graphVersion: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like v23.0')
    .default('v23.0'),
  accessToken: z.string().min(1).optional(),
});
export type WhatsAppManagementConfig = z.input<typeof whatsappManagementConfigSchema>;

export interface ManagementOptions {
  fetch?: typeof fetch;
  /** Per-request timeout; 10 s by default. */
  timeoutMs?: number;
}

export type WhatsAppManagementClient = ReturnType<typeof templatesApi> &
  ReturnType<typeof onboardingApi> &
  ReturnType<typeof businessAccountApi> &
  ReturnType<typeof mediaUploadApi> &
  ReturnType<typeof headerHandleApi> & {
    /** The same client with another token (e.g. the one `exchangeCode` returned). */
    withAccessToken(accessToken: string): WhatsAppManagementClient;
  };

/**
 * WhatsApp Business Management: templates (and their media header samples), media uploads,
 * connecting numbers (Embedded Signup) and the WABA's details and webhook subscription. Every answer
 * is parsed with zod; failures throw ConnectorSendError classified like sends (`invalid_request`
 * for input refused before sending, `no_access_token` without a token).
 */
export function createWhatsAppManagementClient(
  config: WhatsAppManagementConfig,
  options: ManagementOptions = {},
): WhatsAppManagementClient {
  const endpoint = whatsappManagementConfigSchema.parse(config);
  const transport: GraphCallOptions = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs,
  };
  const context = { endpoint, options: transport };
  return {
    ...templatesApi(context),
    ...onboardingApi(context),
    ...businessAccountApi(context),
    ...mediaUploadApi(context),
    ...headerHandleApi(context),
    withAccessToken: (accessToken) => createWhatsAppManagementClient({ ...endpoint, accessToken }, options),
  };
}
