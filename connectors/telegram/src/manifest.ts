import type { ConnectorManifest } from '@parley/connector-sdk';

const MB = 1024 * 1024;

/** Telegram's limit on an inline button's callback_data, in bytes (the capability check counts characters). */
export const CALLBACK_DATA_MAX_BYTES = 64;

/**
 * What a Telegram bot can send, as Parley's capability check sees it.
 *
 * - Reply buttons, list rows and URL buttons become an inline keyboard under the body, one button
 *   per row. A list's button label, section titles and row descriptions are not shown (Telegram
 *   has no list picker); rows of all sections follow each other in order.
 * - Media is sent by URL or by a Telegram file_id; sending by URL is limited by Telegram to 5 MB
 *   for photos and 20 MB for everything else, and a document by URL must be a PDF, ZIP or GIF
 *   (any type works by file_id). Parley never uploads, so those are the limits declared here.
 * - Telegram reports no delivery statuses (`deliveryReports: false`): Parley counts a send Telegram
 *   accepted as delivered.
 * - A chat is always addressed by its id (`businessScopedUserIds: false`); a username only names it.
 * - Each bot gets its own webhook URL and secret from setWebhook (`routing: 'per-account'`).
 */
export const telegramManifest: ConnectorManifest<'telegram'> = {
  id: 'telegram',
  displayName: 'Telegram (Bot API)',
  capabilities: {
    text: { maxLength: 4096 },
    interactive: { maxBodyLength: 4096, maxHeaderLength: null, maxFooterLength: null },
    replyButtons: { maxButtons: 10, maxTitleLength: 64, maxIdLength: CALLBACK_DATA_MAX_BYTES },
    list: {
      maxButtonLabelLength: 64,
      maxSections: 10,
      maxRows: 20,
      maxSectionTitleLength: 64,
      maxRowTitleLength: 64,
      maxRowDescriptionLength: 72,
      maxRowIdLength: CALLBACK_DATA_MAX_BYTES,
    },
    ctaUrl: { maxDisplayTextLength: 64 },
    callButton: null,
    templates: null,
    media: {
      image: {
        maxBytes: 5 * MB,
        mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
        maxCaptionLength: 1024,
      },
      video: { maxBytes: 20 * MB, mimeTypes: ['video/mp4'], maxCaptionLength: 1024 },
      audio: { maxBytes: 20 * MB, mimeTypes: ['audio/mpeg', 'audio/mp4'], maxCaptionLength: 1024 },
      document: {
        maxBytes: 20 * MB,
        mimeTypes: ['application/pdf', 'application/zip', 'image/gif'],
        maxCaptionLength: 1024,
      },
      sticker: { maxBytes: 512 * 1024, mimeTypes: ['image/webp'], maxCaptionLength: null },
    },
    location: true,
    reactions: true,
    customerServiceWindowHours: null,
    deliveryReports: false,
    throughputPerSecond: 30,
    businessScopedUserIds: false,
  },
  webhooks: { routing: 'per-account', authentication: 'the X-Telegram-Bot-Api-Secret-Token header' },
};
