import { describe, expect, it } from 'vitest';
import { contentPreview, contentText } from './message-content.js';

describe('message content', () => {
  it('previews text as it is and other kinds by their kind', () => {
    expect(contentPreview({ type: 'text', text: 'こんにちは' })).toBe('こんにちは');
    expect(contentPreview({ type: 'image', mediaId: 'm1', caption: 'receipt' })).toBe('[image] receipt');
    expect(contentPreview({ type: 'sticker', mediaId: 'm2' })).toBe('[sticker]');
    expect(
      contentPreview({ type: 'interactive_reply', source: 'button', replyId: 'yes', title: 'Yes please' }),
    ).toBe('Yes please');
    expect(
      contentPreview({ type: 'location', latitude: 35.68, longitude: 139.76, name: 'Tokyo Station' }),
    ).toBe('[location] Tokyo Station');
    expect(contentPreview({ type: 'unsupported', platformType: 'order' })).toBe('[unsupported]');
    expect(contentPreview({ type: 'text', text: 'x'.repeat(300) })).toHaveLength(200);
  });

  it('extracts the text a person would read', () => {
    expect(contentText({ type: 'contacts', contacts: [{ name: 'Sato', phones: [], emails: [] }] })).toBe(
      'Sato',
    );
    expect(contentText({ type: 'reaction', messageId: 'wamid.1', emoji: '' })).toBeNull();
    expect(contentText({ type: 'template_reply', payload: 'STOP', text: 'Stop promotions' })).toBe(
      'Stop promotions',
    );
  });
});
