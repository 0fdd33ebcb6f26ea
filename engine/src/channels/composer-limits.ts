import type { Capabilities } from '@parley/connector-sdk';
import type { ComposerLimits } from '@parley/contracts';

/** The kinds the file library holds, so the composer can send. */
const libraryKinds = ['image', 'video', 'document'] as const;

/** The composer's limits for a channel, from its connector's capabilities. */
export function composerLimits(capabilities: Capabilities): ComposerLimits {
  const { replyButtons, list, ctaUrl } = capabilities;
  return {
    textMaxLength: capabilities.text.maxLength,
    bodyMaxLength: capabilities.interactive.maxBodyLength,
    headerMaxLength: capabilities.interactive.maxHeaderLength,
    footerMaxLength: capabilities.interactive.maxFooterLength,
    replyButtons: replyButtons && {
      maxButtons: replyButtons.maxButtons,
      maxTitleLength: replyButtons.maxTitleLength,
    },
    list: list && {
      maxButtonLabelLength: list.maxButtonLabelLength,
      maxSections: list.maxSections,
      maxRows: list.maxRows,
      maxSectionTitleLength: list.maxSectionTitleLength,
      maxRowTitleLength: list.maxRowTitleLength,
      maxRowDescriptionLength: list.maxRowDescriptionLength,
    },
    ctaUrl: ctaUrl && { maxDisplayTextLength: ctaUrl.maxDisplayTextLength },
    media: libraryKinds.flatMap((kind) => {
      const limits = capabilities.media[kind];
      return limits
        ? [
            {
              kind,
              maxBytes: limits.maxBytes,
              mimeTypes: [...limits.mimeTypes],
              maxCaptionLength: limits.maxCaptionLength,
            },
          ]
        : [];
    }),
    templates: capabilities.templates !== null,
    windowHours: capabilities.customerServiceWindowHours,
  };
}
