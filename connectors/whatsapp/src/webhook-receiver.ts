import type { WebhookReceiver } from '@parley/connector-sdk';
import type { WhatsAppSettings } from './config.schema.js';
import { verifySubscription } from './handshake.js';
import { whatsappManifest } from './manifest.js';
import { verifyWebhookSignature } from './signature.js';
import { splitWebhookPayload } from './split-webhook.js';
import { parseWebhookPayload, type ParseWebhookOptions } from './webhook.js';

/**
 * The receiver of the Meta app's one webhook URL, built from the app's settings alone: every
 * account's webhooks are signed with the app secret and name their phone number or WABA inside.
 * Each account's client takes webhooks through the same functions.
 */
export function createWhatsAppWebhookReceiver(
  settings: Pick<WhatsAppSettings, 'appSecret' | 'verifyToken'>,
  options: ParseWebhookOptions = {},
): WebhookReceiver {
  return {
    manifest: whatsappManifest,
    handshake: (query) => verifySubscription(settings.verifyToken, query),
    verifySignature: (rawBody, headers) => verifyWebhookSignature(settings.appSecret, rawBody, headers),
    parseWebhook: (body) => parseWebhookPayload(body, options),
    splitWebhook: (body) => splitWebhookPayload(body),
  };
}
