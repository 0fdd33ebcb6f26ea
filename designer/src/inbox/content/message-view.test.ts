import { describe, expect, it } from 'vitest';
import type { Message } from '@parley/contracts';
import { translator } from '../../i18n/translator.test-support';
import { message } from '../fixtures.test-support';
import { failureText, messageSummary, messageView, presentationOf, templateErrorCode } from './message-view';

type MessageMedia = NonNullable<Message['media']>;
const en = translator('en');
const ja = translator('ja');
const inbound = (patch: Partial<Message>) =>
  message('m', 1, { direction: 'inbound', status: 'received', ...patch });
const stored = (patch: Partial<MessageMedia> = {}): MessageMedia => ({
  id: 'med-1',
  state: 'stored',
  mimeType: 'image/jpeg',
  sizeBytes: 1000,
  filename: null,
  url: '/api/media/med-1',
  ...patch,
});

describe('messageView: media', () => {
  it('shows a stored photo with its caption', () => {
    const m = inbound({
      type: 'image',
      text: 'At the station',
      content: { type: 'image', mediaId: 'x', caption: 'At the station' },
      media: stored(),
    });
    expect(messageView(m)).toEqual({
      kind: 'media',
      media: 'image',
      presentation: 'image',
      caption: 'At the station',
      voice: false,
      animated: false,
      file: {
        state: 'ready',
        url: '/api/media/med-1',
        filename: null,
        mimeType: 'image/jpeg',
        sizeBytes: 1000,
      },
    });
  });

  it('follows the file through downloading, failed and missing', () => {
    const doc = (media: MessageMedia | null) =>
      messageView(
        inbound({
          type: 'document',
          text: null,
          content: { type: 'document', mediaId: 'x', filename: 'a.pdf' },
          media,
        }),
      );
    expect(doc(stored({ state: 'pending', url: null, mimeType: null }))).toMatchObject({
      file: { state: 'pending', filename: 'a.pdf' },
    });
    expect(doc(stored({ state: 'failed', url: null }))).toMatchObject({ file: { state: 'failed' } });
    expect(doc(stored({ url: null }))).toMatchObject({ file: { state: 'missing' } });
    expect(doc(null)).toMatchObject({ presentation: 'file', file: { state: 'missing', filename: 'a.pdf' } });
  });

  it('never follows a media URL that is not the engine’s own', () => {
    for (const url of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)', '/\\evil']) {
      const m = inbound({ type: 'image', content: { type: 'image', mediaId: 'x' }, media: stored({ url }) });
      expect(messageView(m)).toMatchObject({ file: { state: 'missing' } });
    }
  });

  it('marks voice notes and GIF-like videos', () => {
    const voice = inbound({
      type: 'audio',
      text: null,
      content: { type: 'audio', mediaId: 'x', voice: true },
    });
    expect(messageView(voice)).toMatchObject({ presentation: 'audio', voice: true, caption: null });
    const gif = inbound({
      type: 'video',
      text: null,
      content: { type: 'video', mediaId: 'x', animated: true },
    });
    const view = messageView(gif);
    expect(view).toMatchObject({ animated: true });
    expect(messageSummary(view, en)).toBe('GIF');
  });
});

describe('presentationOf', () => {
  it('shows inline only what a browser can show', () => {
    expect(presentationOf('image', null)).toBe('image');
    expect(presentationOf('image', 'application/pdf')).toBe('file');
    expect(presentationOf('sticker', 'image/webp')).toBe('image');
    expect(presentationOf('sticker', 'video/webm')).toBe('video');
    expect(presentationOf('sticker', 'application/x-tgsticker')).toBe('file');
    expect(presentationOf('audio', 'audio/ogg; codecs=opus')).toBe('audio');
    expect(presentationOf('document', 'image/png')).toBe('file');
  });
});

describe('messageView: other kinds', () => {
  it('shows places, contacts, taps and reactions from their content', () => {
    const place = inbound({
      type: 'location',
      content: { type: 'location', latitude: 35.68, longitude: 139.76, name: 'Tokyo Station', address: '  ' },
    });
    expect(messageView(place)).toEqual({
      kind: 'location',
      latitude: 35.68,
      longitude: 139.76,
      name: 'Tokyo Station',
      address: null,
    });
    const tap = inbound({
      type: 'interactive_reply',
      content: {
        type: 'interactive_reply',
        source: 'list',
        replyId: 'r',
        title: 'Tue 10:00',
        description: 'Shibuya',
      },
    });
    expect(messageView(tap)).toEqual({
      kind: 'reply',
      source: 'list',
      title: 'Tue 10:00',
      description: 'Shibuya',
    });
    const template = inbound({
      type: 'template_reply',
      content: { type: 'template_reply', payload: 'STOP', text: 'Stop promotions' },
    });
    expect(messageView(template)).toMatchObject({
      kind: 'reply',
      source: 'template',
      title: 'Stop promotions',
    });
    const unreact = inbound({
      type: 'reaction',
      text: null,
      content: { type: 'reaction', messageId: 'w', emoji: '' },
    });
    expect(messageView(unreact)).toEqual({ kind: 'reaction', emoji: '' });
  });

  it('falls back to the text, else names the kind, when content is missing', () => {
    expect(messageView(inbound({ type: 'location', text: 'Tokyo Station', content: null }))).toEqual({
      kind: 'text',
      text: 'Tokyo Station',
    });
    expect(messageView(inbound({ type: 'contacts', text: null, content: null }))).toEqual({
      kind: 'unsupported',
      platformType: 'contacts',
    });
    expect(messageView(inbound({ type: 'text', text: null }))).toEqual({
      kind: 'unsupported',
      platformType: null,
    });
  });

  it('shows a kind this app does not know as unsupported, naming it', () => {
    expect(messageView(inbound({ type: 'poll', text: null, content: null }))).toEqual({
      kind: 'unsupported',
      platformType: 'poll',
    });
    const named = inbound({ type: 'order', content: { type: 'unsupported', platformType: 'order_v2' } });
    expect(messageView(named)).toEqual({ kind: 'unsupported', platformType: 'order_v2' });
    expect(messageSummary(messageView(named), ja)).toBe(
      'この種類のメッセージ（order_v2）はまだ表示できません。',
    );
  });

  it('names what the platform sent for unsupported messages', () => {
    const m = inbound({
      type: 'unsupported',
      text: null,
      content: { type: 'unsupported', platformType: 'order' },
    });
    expect(messageView(m)).toEqual({ kind: 'unsupported', platformType: 'order' });
    expect(messageSummary(messageView(m), en)).toBe('This kind of message (order) can’t be shown here yet.');
  });
});

describe('messageSummary', () => {
  it('describes each kind in one line, in the chosen language', () => {
    const photo = messageView(
      inbound({
        type: 'image',
        text: 'At the station',
        content: { type: 'image', mediaId: 'x' },
        media: stored(),
      }),
    );
    expect(messageSummary(photo, en)).toBe('Photo: At the station');
    expect(messageSummary(photo, ja)).toBe('写真：At the station');
    const doc = messageView(
      inbound({ type: 'document', text: null, content: null, media: stored({ filename: 'invoice.pdf' }) }),
    );
    expect(messageSummary(doc, en)).toBe('Document: invoice.pdf');
    expect(messageSummary({ kind: 'reaction', emoji: '👍' }, en)).toBe('Reacted 👍 to a message');
    expect(messageSummary({ kind: 'reaction', emoji: '' }, ja)).toBe('リアクションを取り消しました');
    expect(
      messageSummary({ kind: 'location', latitude: 0, longitude: 0, name: null, address: null }, en),
    ).toBe('Location');
    expect(
      messageSummary({ kind: 'contacts', contacts: [{ name: 'Ken', phones: [], emails: [] }] }, en),
    ).toBe('Contact: Ken');
  });
});

describe('messageView: templates', () => {
  const sent = (patch: Partial<Message> = {}) =>
    message('m', 1, {
      type: 'template',
      text: 'Order A-12\n\nYour order *A-12* is ready.',
      content: {
        type: 'template',
        templateId: '66666666-6666-4666-8666-666666666666',
        name: 'order_ready',
        language: 'en_US',
        category: 'UTILITY',
        header: { format: 'IMAGE', url: '/api/files/6/content', filename: 'shop.jpg' },
        body: 'Your order *A-12* is ready.',
        footer: 'Tanaka Shoten',
        buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example/t/A-12', phoneNumber: null }],
      },
      ...patch,
    });

  it('shows a sent template with its header, body, footer and buttons', () => {
    expect(messageView(sent())).toEqual({
      kind: 'template',
      name: 'order_ready',
      bubble: {
        header: { format: 'IMAGE', url: '/api/files/6/content', filename: 'shop.jpg' },
        body: 'Your order *A-12* is ready.',
        footer: 'Tanaka Shoten',
        buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example/t/A-12', phoneNumber: null }],
      },
    });
    expect(messageSummary(messageView(sent()), en)).toBe(
      'Template order_ready: Your order A-12 is ready. Tanaka Shoten',
    );
  });

  it('falls back to the rendered text when the content is missing', () => {
    expect(messageView(sent({ content: null }))).toEqual({
      kind: 'text',
      text: 'Order A-12\n\nYour order *A-12* is ready.',
    });
  });
});

describe('messageView: interactive messages Parley sent', () => {
  const sent = (content: Message['content'] & object) =>
    message('m', 1, { type: content.type, text: 'body' in content ? content.body : null, content });

  it('shows reply buttons with their frame and titles', () => {
    const view = messageView(
      sent({
        type: 'reply_buttons',
        header: 'ご予約',
        body: 'ご希望の日を*お選び*ください',
        buttons: [
          { id: 'button-1', title: '今日' },
          { id: 'button-2', title: '明日' },
        ],
      }),
    );
    expect(view).toEqual({
      kind: 'interactive',
      bubble: {
        header: { format: 'TEXT', text: 'ご予約' },
        body: 'ご希望の日を*お選び*ください',
        footer: null,
        buttons: [
          { type: 'QUICK_REPLY', text: '今日', url: null, phoneNumber: null },
          { type: 'QUICK_REPLY', text: '明日', url: null, phoneNumber: null },
        ],
      },
      list: null,
    });
    expect(messageSummary(view, ja)).toBe('ご希望の日をお選びください');
  });

  it('shows a link button and a list with its rows', () => {
    expect(
      messageView(
        sent({
          type: 'cta_url',
          body: 'Track your parcel',
          footer: 'Shop',
          displayText: 'Track',
          url: 'https://shop.example/t',
        }),
      ),
    ).toMatchObject({
      kind: 'interactive',
      bubble: { footer: 'Shop', buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example/t' }] },
      list: null,
    });
    expect(
      messageView(
        sent({
          type: 'list',
          body: 'Pick a time',
          buttonLabel: 'Times',
          sections: [{ rows: [{ id: 'row-1-1', title: '10:00', description: 'Morning' }] }],
        }),
      ),
    ).toMatchObject({
      kind: 'interactive',
      bubble: { body: 'Pick a time', buttons: [] },
      list: {
        buttonLabel: 'Times',
        sections: [{ title: null, rows: [{ title: '10:00', description: 'Morning' }] }],
      },
    });
  });

  it('falls back to the text when the content is missing', () => {
    expect(messageView(message('m', 1, { type: 'reply_buttons', text: 'Pick one', content: null }))).toEqual({
      kind: 'text',
      text: 'Pick one',
    });
  });
});

describe('failureText', () => {
  it('words WhatsApp’s template errors, by code or as quoted in the message', () => {
    const error = (code: string, message: string) => ({ code, message });
    expect(failureText(error('132015', 'Template is paused'), en)).toBe(
      'Not delivered: WhatsApp paused this template because of its low quality. (WhatsApp code 132015)',
    );
    expect(failureText(error('PLATFORM_REFUSED', '(#132000) Number of parameters does not match'), ja)).toBe(
      '未配信：値の数がテンプレートの変数の数と一致しません。（WhatsApp のコード 132000）',
    );
    expect(templateErrorCode(error('131047', 'Re-engagement message'))).toBeNull();
    expect(failureText(error('131047', 'Re-engagement message'), en)).toBe(
      'Not delivered: Re-engagement message (code 131047)',
    );
    expect(failureText(null, en)).toBe('Not delivered');
  });
});
