import type { ChannelClient, Connector, ConnectorOptions } from '@parley/connector-sdk';
import { whatsappConfigSchema, whatsappSecretKeys, type WhatsAppConfig } from './config.schema.js';
import { verifySubscription } from './handshake.js';
import { whatsappManifest } from './manifest.js';
import { downloadMedia, MEDIA_TIMEOUT_MS } from './media/media-download.js';
import { sendMessage } from './send.js';
import { verifyWebhookSignature } from './signature.js';
import { parseWebhookPayload } from './webhook.js';

export interface WhatsAppClientOptions extends ConnectorOptions {
  /** Timeout of a media download's byte transfer; 60 s by default (documents reach 100 MB). */
  mediaTimeoutMs?: number;
  /** The clock for events Meta sends without a time; the current time by default. */
  now?: () => Date;
}

/** A channel client for one WhatsApp Cloud API configuration. */
export function createWhatsAppClient(
  config: WhatsAppConfig,
  options: WhatsAppClientOptions = {},
): ChannelClient {
  const graph = { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs };
  return {
    manifest: whatsappManifest,
    handshake: (query) => verifySubscription(config.verifyToken, query),
    verifySignature: (rawBody, headers) => verifyWebhookSignature(config.appSecret, rawBody, headers),
    parseWebhook: (body) => parseWebhookPayload(body, options.now ? { now: options.now } : {}),
    send: (request) => sendMessage(config, request, graph),
    downloadMedia: (mediaId) =>
      downloadMedia(config, mediaId, graph, options.mediaTimeoutMs ?? MEDIA_TIMEOUT_MS),
  };
}

export const whatsappConnector: Connector<'whatsapp', WhatsAppConfig> = {
  manifest: whatsappManifest,
  configSchema: whatsappConfigSchema,
  secretKeys: whatsappSecretKeys,
  create: (config, options) => createWhatsAppClient(config, options),
};
