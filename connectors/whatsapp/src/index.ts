export {
  whatsappConfigSchema,
  whatsappCredentialKeys,
  whatsappSecretKeys,
  whatsappSettingsSchema,
  type WhatsAppConfig,
  type WhatsAppSettings,
} from './config.schema.js';
export {
  classifyGraphError,
  graphErrorEnvelopeSchema,
  graphSendError,
  invalidResponseError,
  isRetryable,
  networkSendError,
  whatsappErrorTable,
  type ErrorClass,
  type GraphError,
} from './errors.js';
export { verifySubscription } from './handshake.js';
export { WHATSAPP_CHANNEL_NAME, whatsappManifest } from './manifest.js';
export {
  downloadMedia,
  MEDIA_TIMEOUT_MS,
  mediaInfoSchema,
  sha256Matches,
  type MediaInfo,
} from './media/media-download.js';
export {
  createWhatsAppManagementClient,
  whatsappManagementConfigSchema,
  type ManagementOptions,
  type WhatsAppManagementClient,
  type WhatsAppManagementConfig,
} from './management/management.client.js';
export type { BusinessAccount } from './management/business-account.api.js';
export type { HeaderHandleUpload } from './management/header-handle.api.js';
export { mediaKindFor, type MediaUpload } from './management/media-upload.api.js';
export type { CodeExchange, ExchangedToken, PhoneNumber } from './management/onboarding.api.js';
export {
  templateCategorySchema,
  templateComponentSchema,
  templateDefinitionSchema,
  templateEditSchema,
  type TemplateButton,
  type TemplateComponent,
  type TemplateDefinition,
  type TemplateEdit,
} from './management/template.schema.js';
export {
  MAX_TEMPLATE_PAGES,
  type CreatedTemplate,
  type TemplateInfo,
  type TemplateListFilter,
  type TemplatePage,
} from './management/templates.api.js';
export { readReceiptBody, sendReadReceipt, TYPING_INDICATOR_MS } from './read-receipt.js';
export { maxTemplateParameters, whatsappRuleIssues } from './outbound/whatsapp-rules.js';
export {
  buildSendRequest,
  graphRecipient,
  messageBody,
  SEND_TIMEOUT_MS,
  sendMessage,
  whatsappCapabilityIssues,
  type GraphRecipient,
  type GraphRequest,
} from './send.js';
export { SIGNATURE_HEADER, signWebhookBody, verifyWebhookSignature } from './signature.js';
export { splitWebhookPayload } from './split-webhook.js';
export { parseWebhookPayload, type ParseWebhookOptions } from './webhook.js';
export * from './webhook-payload.schema.js';
export { createWhatsAppWebhookReceiver } from './webhook-receiver.js';
export { createWhatsAppClient, whatsappConnector, type WhatsAppClientOptions } from './whatsapp.connector.js';
