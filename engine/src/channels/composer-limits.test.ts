import { telegramConnector } from '@parley/connector-telegram';
import { whatsappConnector } from '@parley/connector-whatsapp';
import { channelLimitsSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { ChannelLimitsController } from './channel-limits.controller.js';
import { composerLimits } from './composer-limits.js';

describe('composerLimits', () => {
  it('gives WhatsApp’s limits, with the library’s media kinds only', () => {
    const limits = composerLimits(whatsappConnector.manifest.capabilities);
    expect(limits).toMatchObject({
      textMaxLength: 4096,
      bodyMaxLength: 1024,
      headerMaxLength: 60,
      footerMaxLength: 60,
      replyButtons: { maxButtons: 3, maxTitleLength: 20 },
      list: { maxButtonLabelLength: 20, maxSections: 10, maxRows: 10, maxRowDescriptionLength: 72 },
      ctaUrl: { maxDisplayTextLength: 20 },
      templates: true,
      windowHours: 24,
    });
    expect(limits.replyButtons).not.toHaveProperty('maxIdLength');
    expect(limits.list).not.toHaveProperty('maxRowIdLength');
    expect(limits.media.map((media) => media.kind)).toEqual(['image', 'video', 'document']);
  });

  it('gives Telegram’s: no header or footer, no templates, no window', () => {
    const limits = composerLimits(telegramConnector.manifest.capabilities);
    expect(limits).toMatchObject({
      headerMaxLength: null,
      footerMaxLength: null,
      templates: false,
      windowHours: null,
    });
    expect(limits.media).toContainEqual({
      kind: 'image',
      maxBytes: 5 * 1024 * 1024,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
      maxCaptionLength: 1024,
    });
    expect(limits.media.map((media) => media.kind)).toEqual(['image', 'video', 'document']);
  });

  it('answers GET /api/channels/limits in the contract’s shape, one entry per connector', () => {
    const answer = channelLimitsSchema.parse(new ChannelLimitsController().limits());
    expect(answer.items.map((item) => item.channel)).toEqual(['whatsapp', 'telegram']);
  });
});
