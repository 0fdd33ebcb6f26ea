import { describe, expect, it } from 'vitest';
import type { Capabilities } from './capabilities.js';
import { checkCapabilities, checkRecipient } from './capability-check.js';

const capabilities: Capabilities = {
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
  templates: { maxParameters: 100 },
  media: {
    image: { maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg', 'image/png'], maxCaptionLength: 1024 },
  },
  location: true,
  reactions: true,
  customerServiceWindowHours: 24,
  deliveryReports: true,
  throughputPerSecond: 80,
  businessScopedUserIds: false,
};

const check = (message: Parameters<typeof checkCapabilities>[0]) =>
  checkCapabilities(message, capabilities, 'WhatsApp');

describe('checkCapabilities', () => {
  it('passes a message within every limit', () => {
    expect(
      check({
        type: 'reply_buttons',
        body: 'Pick one',
        buttons: [
          { id: 'a', title: 'Yes' },
          { id: 'b', title: 'No' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the count limit for reply buttons', () => {
    const buttons = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id }));
    expect(check({ type: 'reply_buttons', body: 'x', buttons })).toEqual([
      {
        path: 'buttons',
        limit: 'replyButtons.maxButtons',
        message: 'WhatsApp allows at most 3 reply buttons',
      },
    ]);
  });

  it('names the length limit, counting characters rather than bytes', () => {
    const issues = check({
      type: 'reply_buttons',
      body: 'x',
      buttons: [{ id: 'a', title: 'A button title too long' }],
    });
    expect(issues).toEqual([
      {
        path: 'buttons.0.title',
        limit: 'replyButtons.maxTitleLength',
        message: 'button title is 23 characters; the limit is 20',
      },
    ]);
    expect(
      check({
        type: 'reply_buttons',
        body: 'x',
        buttons: [{ id: 'a', title: 'はい、お願いします。よろしくお願いします' }],
      }),
    ).toEqual([]);
  });

  it('counts list rows across sections and checks each row', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    const issues = check({
      type: 'list',
      body: 'Menu',
      buttonLabel: 'Choose',
      sections: [{ rows: rows(6) }, { rows: rows(5) }],
    });
    expect(issues.map((issue) => issue.message)).toEqual(['WhatsApp allows at most 10 list rows in total']);
    const long = check({
      type: 'list',
      body: 'Menu',
      buttonLabel: 'Choose',
      sections: [{ rows: [{ id: 'x', title: 'x', description: 'd'.repeat(73) }] }],
    });
    expect(long[0]?.limit).toBe('list.maxRowDescriptionLength');
  });

  it('rejects what the channel does not support and media without a source', () => {
    expect(
      check({ type: 'call_button', body: 'Call us', displayText: 'Call', phoneNumber: '+81312345678' })[0],
    ).toMatchObject({
      limit: 'callButton',
      message: 'WhatsApp does not support call buttons',
    });
    expect(check({ type: 'video', link: 'https://example.com/v.mp4' })[0]?.limit).toBe('media.video');
    expect(check({ type: 'image' })[0]?.limit).toBe('media.source');
  });

  it('checks interactive header, body and footer lengths', () => {
    const issues = check({
      type: 'cta_url',
      body: 'b',
      header: 'h'.repeat(61),
      displayText: 'Open the shop now please',
      url: 'https://example.com',
    });
    expect(issues.map((issue) => issue.limit)).toEqual([
      'interactive.maxHeaderLength',
      'ctaUrl.maxDisplayTextLength',
    ]);
  });
});

describe('checkRecipient', () => {
  it('accepts a platform id on any channel', () => {
    expect(checkRecipient({ to: '819012345678' }, capabilities, 'Chat')).toEqual([]);
  });
  it('refuses a business-scoped user id alone where the channel cannot address one', () => {
    expect(checkRecipient({ toUserId: 'JP.123' }, capabilities, 'Chat')).toEqual([
      {
        path: 'toUserId',
        limit: 'businessScopedUserIds',
        message: 'Chat cannot address a recipient by a business-scoped user id alone',
      },
    ]);
  });
  it('accepts one where the channel can', () => {
    expect(
      checkRecipient({ toUserId: 'JP.123' }, { ...capabilities, businessScopedUserIds: true }, 'Chat'),
    ).toEqual([]);
  });
});
