import { describe, expect, it } from 'vitest';
import { toMessageContent, toMessageType } from './content-guards';

describe('toMessageType', () => {
  it('keeps the known kinds and turns the rest into unsupported', () => {
    for (const t of ['text', 'image', 'sticker', 'location', 'interactive_reply', 'reaction']) {
      expect(toMessageType(t)).toBe(t);
    }
    expect(toMessageType('poll')).toBe('unsupported');
  });
});

describe('toMessageContent', () => {
  it('reads every documented shape', () => {
    const shapes = [
      ['image', { type: 'image', mediaId: 'm1', mimeType: 'image/jpeg', caption: 'hi', sha256: 'abc' }],
      ['audio', { type: 'audio', mediaId: 'm2', voice: true }],
      ['document', { type: 'document', mediaId: 'm3', filename: 'invoice.pdf' }],
      ['sticker', { type: 'sticker', mediaId: 'm4', animated: true }],
      ['location', { type: 'location', latitude: 35.68, longitude: 139.76, name: 'Tokyo Station' }],
      [
        'contacts',
        {
          type: 'contacts',
          contacts: [
            { name: 'Ken', phones: [{ phone: '+81 90', waId: '8190', type: 'CELL' }], emails: ['k@x.jp'] },
          ],
        },
      ],
      ['interactive_reply', { type: 'interactive_reply', source: 'list', replyId: 'r1', title: 'Tue 10:00' }],
      ['template_reply', { type: 'template_reply', payload: 'STOP', text: 'Stop promotions' }],
      ['reaction', { type: 'reaction', messageId: 'wamid.1', emoji: '' }],
      ['unsupported', { type: 'unsupported', platformType: 'order' }],
    ] as const;
    for (const [type, content] of shapes) expect(toMessageContent(type, content)).toEqual(content);
  });

  it('has no content for plain text', () => {
    expect(toMessageContent('text', { type: 'text', text: 'hi' })).toBeNull();
  });

  it('drops content that does not match its kind', () => {
    expect(toMessageContent('image', { type: 'video', mediaId: 'm1' })).toBeNull();
    expect(toMessageContent('image', { type: 'image' })).toBeNull();
    expect(toMessageContent('location', { type: 'location', latitude: 95, longitude: 0 })).toBeNull();
    expect(toMessageContent('location', { type: 'location', latitude: '35', longitude: 139 })).toBeNull();
    expect(
      toMessageContent('interactive_reply', {
        type: 'interactive_reply',
        source: 'x',
        replyId: 'r',
        title: 't',
      }),
    ).toBeNull();
    expect(toMessageContent('reaction', { type: 'reaction', messageId: 'w' })).toBeNull();
    expect(toMessageContent('contacts', { type: 'contacts', contacts: [{ phones: [] }] })).toBeNull();
    expect(toMessageContent('unsupported', null)).toBeNull();
  });

  it('ignores malformed optional parts instead of the whole content', () => {
    expect(toMessageContent('video', { type: 'video', mediaId: 'm', caption: 5, voice: 'yes' })).toEqual({
      type: 'video',
      mediaId: 'm',
    });
    const contacts = toMessageContent('contacts', {
      type: 'contacts',
      contacts: [{ name: 'Ken', phones: [{ phone: '1' }, { nope: 1 }, 'x'], emails: ['a@b.c', 3] }, 'junk'],
    });
    expect(contacts).toEqual({
      type: 'contacts',
      contacts: [{ name: 'Ken', phones: [{ phone: '1' }], emails: ['a@b.c'] }],
    });
  });

  it('names a kind it does not know, from the content or else the wire type', () => {
    expect(toMessageContent('poll', { type: 'unsupported', platformType: 'poll_v2' })).toEqual({
      type: 'unsupported',
      platformType: 'poll_v2',
    });
    expect(toMessageContent('poll', null)).toEqual({ type: 'unsupported', platformType: 'poll' });
  });
});
