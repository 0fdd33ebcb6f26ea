import { describe, expect, it } from 'vitest';
import { composedDraft, storedDraft, withMediaId } from './composed-draft.js';

describe('composedDraft', () => {
  it('gives buttons and rows ids by position and stores the message as the platform gets it', () => {
    const draft = composedDraft({
      type: 'reply_buttons',
      body: 'ご希望は？',
      buttons: [{ title: '予約' }, { title: '質問' }],
    });
    expect(draft.message).toEqual({
      type: 'reply_buttons',
      body: 'ご希望は？',
      buttons: [
        { id: 'button-1', title: '予約' },
        { id: 'button-2', title: '質問' },
      ],
    });
    expect(draft.stored).toEqual({ type: 'reply_buttons', text: 'ご希望は？', content: draft.message });
    const list = composedDraft({
      type: 'list',
      body: 'メニュー',
      buttonLabel: '選ぶ',
      sections: [{ title: '本日', rows: [{ title: 'A' }, { title: 'B', description: 'b' }] }],
    });
    expect(list.message).toMatchObject({
      sections: [
        {
          title: '本日',
          rows: [
            { id: 'row-1-1', title: 'A' },
            { id: 'row-1-2', title: 'B', description: 'b' },
          ],
        },
      ],
    });
  });

  it('sends a library file by its platform media id, and keeps the file id to send a held one later', () => {
    const file = { id: 'f1', format: 'DOCUMENT', mimeType: 'application/pdf', filename: 'menu.pdf' };
    const draft = composedDraft({ type: 'media', fileId: 'f1', caption: '本日のメニュー' }, file);
    expect(draft.fileId).toBe('f1');
    expect(withMediaId(draft.message, 'wa-media-9')).toEqual({
      type: 'document',
      caption: '本日のメニュー',
      filename: 'menu.pdf',
      mediaId: 'wa-media-9',
    });
    const again = storedDraft({ ...draft.stored, replyToPlatformId: 'wamid.Q' });
    expect(again).toEqual({ ...draft, replyTo: 'wamid.Q' });
  });

  it('rebuilds a held text or interactive message from its row', () => {
    const text = composedDraft({ type: 'text', text: 'お待たせしました' });
    expect(storedDraft({ ...text.stored, replyToPlatformId: null })).toEqual({ ...text, replyTo: null });
    const cta = composedDraft({
      type: 'cta_url',
      body: '詳細',
      displayText: '開く',
      url: 'https://example.com/a',
    });
    expect(storedDraft({ ...cta.stored, replyToPlatformId: null }).message).toEqual(cta.message);
  });

  it('fills a template’s media header with the uploaded file', () => {
    const message = withMediaId(
      { type: 'template', name: 'promo', language: 'ja', header: [{ type: 'image' }], body: [] },
      'm1',
    );
    expect(message).toMatchObject({ header: [{ type: 'image', mediaId: 'm1' }] });
  });
});
