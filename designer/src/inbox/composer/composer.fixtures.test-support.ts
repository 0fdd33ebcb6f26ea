import type { ComposerLimits } from '@parley/contracts';
import { emptyComposer, type ComposerValues } from './composer-values';

/** Builders for unit tests only. */

/** WhatsApp's limits, as its connector manifest states them. */
export const whatsappLimits: ComposerLimits = {
  textMaxLength: 4096,
  bodyMaxLength: 1024,
  headerMaxLength: 60,
  footerMaxLength: 60,
  replyButtons: { maxButtons: 3, maxTitleLength: 20 },
  list: {
    maxButtonLabelLength: 20,
    maxSections: 10,
    maxRows: 10,
    maxSectionTitleLength: 24,
    maxRowTitleLength: 24,
    maxRowDescriptionLength: 72,
  },
  ctaUrl: { maxDisplayTextLength: 20 },
  media: [
    {
      kind: 'image',
      maxBytes: 5 * 1024 * 1024,
      mimeTypes: ['image/jpeg', 'image/png'],
      maxCaptionLength: 1024,
    },
    { kind: 'document', maxBytes: 100 * 1024 * 1024, mimeTypes: ['application/pdf'], maxCaptionLength: 1024 },
  ],
  templates: true,
  windowHours: 24,
};

export const FILE_ID = '66666666-6666-4666-8666-666666666666';

export function draft(patch: Partial<ComposerValues>): ComposerValues {
  return { ...emptyComposer(patch.mode), ...patch };
}

export const photo = (patch: Partial<NonNullable<ComposerValues['file']>> = {}) => ({
  id: FILE_ID,
  filename: 'menu.jpg',
  mimeType: 'image/jpeg',
  sizeBytes: 120_000,
  url: `/api/files/${FILE_ID}/content`,
  ...patch,
});
