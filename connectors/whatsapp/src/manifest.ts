import type { ConnectorManifest, MediaLimits } from '@parley/connector-sdk';
import { maxTemplateParameters } from './outbound/whatsapp-rules.js';

const MB = 1024 * 1024;
const caption = 1024;

const documentTypes = [
  'text/plain',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

const media = {
  image: { maxBytes: 5 * MB, mimeTypes: ['image/jpeg', 'image/png'], maxCaptionLength: caption },
  video: { maxBytes: 16 * MB, mimeTypes: ['video/mp4', 'video/3gpp'], maxCaptionLength: caption },
  audio: {
    maxBytes: 16 * MB,
    mimeTypes: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'],
    maxCaptionLength: null,
  },
  document: { maxBytes: 100 * MB, mimeTypes: documentTypes, maxCaptionLength: caption },
  // 500 KB for animated stickers, 100 KB for static ones; the single limit here is the larger.
  sticker: { maxBytes: 500 * 1024, mimeTypes: ['image/webp'], maxCaptionLength: null },
} satisfies Record<string, MediaLimits>;

/** What the WhatsApp Cloud API carries, within Meta's limits (see /work/shared/WHATSAPP.md). */
export const whatsappManifest = {
  id: 'whatsapp',
  displayName: 'WhatsApp Business (Cloud API)',
  capabilities: {
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
    // Free-form messages have no call button; templates carry PHONE_NUMBER buttons.
    callButton: null,
    templates: { maxParameters: maxTemplateParameters },
    media,
    location: true,
    reactions: true,
    customerServiceWindowHours: 24,
    deliveryReports: true,
    throughputPerSecond: 80,
    // Customers who hide their number behind a username are reached by BSUID (`recipient`).
    businessScopedUserIds: true,
  },
  // One webhook URL for the Meta app; each change names its phone number (or WABA) inside.
  webhooks: { routing: 'shared', authentication: 'the X-Hub-Signature-256 signature' },
} as const satisfies ConnectorManifest<'whatsapp'>;

/** The channel name capability errors use ("WhatsApp allows at most 3 reply buttons"). */
export const WHATSAPP_CHANNEL_NAME = 'WhatsApp';
