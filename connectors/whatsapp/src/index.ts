export { whatsappConfigSchema, whatsappSecretKeys, type WhatsAppConfig } from './config.schema.js';
export {
  graphErrorEnvelopeSchema,
  graphSendError,
  isRetryable,
  networkSendError,
  type GraphError,
} from './errors.js';
export { verifySubscription } from './handshake.js';
export { whatsappManifest } from './manifest.js';
export { buildSendRequest, messageBody, SEND_TIMEOUT_MS, type GraphRequest } from './send.js';
export { SIGNATURE_HEADER, signWebhookBody, verifyWebhookSignature } from './signature.js';
export { parseWebhookPayload } from './webhook.js';
export * from './webhook-payload.schema.js';
export { createWhatsAppClient, whatsappConnector, type WhatsAppClientOptions } from './whatsapp.connector.js';
