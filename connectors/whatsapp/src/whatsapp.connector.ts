import type { ChannelClient, Connector } from '@parley/connector-sdk';
import { whatsappConfigSchema, whatsappSecretKeys, type WhatsAppConfig } from './config.schema.js';
import { verifySubscription } from './handshake.js';
import { whatsappManifest } from './manifest.js';
import { sendMessage } from './send.js';
import { verifyWebhookSignature } from './signature.js';
import { parseWebhookPayload } from './webhook.js';

export interface WhatsAppClientOptions {
  fetch?: typeof fetch;
  /** Per-request timeout of sends; 10 s by default. */
  timeoutMs?: number;
}

/** A channel client for one WhatsApp Cloud API configuration. */
export function createWhatsAppClient(
  config: WhatsAppConfig,
  options: WhatsAppClientOptions = {},
): ChannelClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return {
    handshake: (query) => verifySubscription(config.verifyToken, query),
    verifySignature: (rawBody, headers) => verifyWebhookSignature(config.appSecret, rawBody, headers),
    parseWebhook: (body) => parseWebhookPayload(body),
    send: (request) =>
      sendMessage(config, request, {
        fetch: fetchImpl,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }),
  };
}

export const whatsappConnector: Connector<WhatsAppConfig> = {
  manifest: whatsappManifest,
  configSchema: whatsappConfigSchema,
  secretKeys: whatsappSecretKeys,
  create: (config, options) => createWhatsAppClient(config, options),
};
