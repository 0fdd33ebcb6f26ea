import type { ChannelClient, Connector, ConnectorOptions } from '@parley/connector-sdk';
import {
  whatsappConfigSchema,
  whatsappCredentialKeys,
  whatsappSecretKeys,
  whatsappSettingsSchema,
  type WhatsAppConfig,
  type WhatsAppSettings,
} from './config.schema.js';
import { whatsappManifest } from './manifest.js';
import { downloadMedia, MEDIA_TIMEOUT_MS } from './media/media-download.js';
import { sendReadReceipt } from './read-receipt.js';
import { sendMessage } from './send.js';
import { createWhatsAppWebhookReceiver } from './webhook-receiver.js';

export interface WhatsAppClientOptions extends ConnectorOptions {
  /** Timeout of a media download's byte transfer; 60 s by default (documents reach 100 MB). */
  mediaTimeoutMs?: number;
  /** The clock for events Meta sends without a time; the current time by default. */
  now?: () => Date;
}

/** A channel client for one WhatsApp Cloud API account: the app's webhooks, and the account's sends. */
export function createWhatsAppClient(
  config: WhatsAppConfig,
  options: WhatsAppClientOptions = {},
): ChannelClient {
  const graph = { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs };
  return {
    ...createWhatsAppWebhookReceiver(config, options),
    send: (request) => sendMessage(config, request, graph),
    downloadMedia: (mediaId) =>
      downloadMedia(config, mediaId, graph, options.mediaTimeoutMs ?? MEDIA_TIMEOUT_MS),
    markRead: (request) => sendReadReceipt(config, request, false, graph),
    showTyping: (request) => sendReadReceipt(config, request, true, graph),
  };
}

/**
 * WhatsApp's connector. The access token is each account's own credential; the app secret,
 * verify token and Graph endpoint are the app's settings, so one receiver (`sharedWebhooks`)
 * takes every account's webhooks at the one URL Meta posts to.
 */
export const whatsappConnector: Connector<'whatsapp', WhatsAppConfig, WhatsAppSettings> = {
  manifest: whatsappManifest,
  configSchema: whatsappConfigSchema,
  secretKeys: whatsappSecretKeys,
  credentialKeys: whatsappCredentialKeys,
  create: (config, options) => createWhatsAppClient(config, options),
  sharedWebhooks: {
    settingsSchema: whatsappSettingsSchema,
    create: (settings) => createWhatsAppWebhookReceiver(settings),
  },
};
