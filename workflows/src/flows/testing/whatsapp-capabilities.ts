// WhatsApp's capabilities, for tests. `workflows` does not depend on `@parley/connector-whatsapp`
// (workflow code may not import connectors), so this is a copy of `whatsappManifest.capabilities`
// from connectors/whatsapp/src/manifest.ts: keep the two the same.
import type { Capabilities, MediaLimits } from '@parley/connector-sdk/schemas';

const MB = 1024 * 1024;
const caption = 1024;

const media = {
  image: { maxBytes: 5 * MB, mimeTypes: ['image/jpeg', 'image/png'], maxCaptionLength: caption },
  video: { maxBytes: 16 * MB, mimeTypes: ['video/mp4', 'video/3gpp'], maxCaptionLength: caption },
  audio: {
    maxBytes: 16 * MB,
    mimeTypes: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'],
    maxCaptionLength: null,
  },
  document: {
    maxBytes: 100 * MB,
    mimeTypes: [
      'text/plain',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    maxCaptionLength: caption,
  },
  sticker: { maxBytes: 500 * 1024, mimeTypes: ['image/webp'], maxCaptionLength: null },
} satisfies Record<string, MediaLimits>;

/** WhatsApp Cloud API limits: 3 reply buttons of 20 characters, 10 list rows of 24, 1,024-character bodies. */
export const whatsappCapabilities: Capabilities = {
  text: { maxLength: 4096 },
  interactive: { maxBodyLength: 1024, maxHeaderLength: 60, maxFooterLength: 60 },
  replyButtons: { maxButtons: 3, maxTitleLength: 20, maxIdLength: 256 },
  list: {
    maxButtonLabelLength: 20,
    maxSections: 10,
    maxRows: 10,
    maxSectionTitleLength: 24,
    maxRowTitleLength: 24,
    maxRowDescriptionLength: 72,
    maxRowIdLength: 200,
  },
  ctaUrl: { maxDisplayTextLength: 20 },
  callButton: null,
  // `maxTemplateParameters` in connectors/whatsapp/src/outbound/whatsapp-rules.ts.
  templates: { maxParameters: 100 },
  media,
  location: true,
  reactions: true,
  customerServiceWindowHours: 24,
  deliveryReports: true,
  throughputPerSecond: 80,
  businessScopedUserIds: true,
};
