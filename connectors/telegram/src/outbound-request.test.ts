import { describe, expect, it } from 'vitest';
import { botApiRequest } from './outbound-request.js';

const to = '555000111';

describe('botApiRequest', () => {
  it('sends text as written (no parse_mode), without a link preview unless asked', () => {
    expect(botApiRequest(to, { type: 'text', text: '*not bold*' })).toEqual({
      method: 'sendMessage',
      params: { chat_id: 555000111, text: '*not bold*', link_preview_options: { is_disabled: true } },
    });
    expect(botApiRequest(to, { type: 'text', text: 'https://x.test', previewUrl: true }).params).toEqual({
      chat_id: 555000111,
      text: 'https://x.test',
    });
  });

  it('puts reply buttons, list rows and a URL button in an inline keyboard, one per row', () => {
    const buttons = botApiRequest(to, {
      type: 'reply_buttons',
      body: 'Pick',
      buttons: [
        { id: 'y', title: 'Yes' },
        { id: 'n', title: 'No' },
      ],
    });
    expect(buttons).toEqual({
      method: 'sendMessage',
      params: {
        chat_id: 555000111,
        text: 'Pick',
        reply_markup: {
          inline_keyboard: [[{ text: 'Yes', callback_data: 'y' }], [{ text: 'No', callback_data: 'n' }]],
        },
      },
    });
    const list = botApiRequest(to, {
      type: 'list',
      body: 'Menu',
      buttonLabel: 'Choose',
      sections: [
        { title: 'Tea', rows: [{ id: 'sencha', title: 'Sencha', description: 'green' }] },
        { title: 'Cake', rows: [{ id: 'mochi', title: 'Mochi' }] },
      ],
    });
    expect(list.params.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: 'Sencha', callback_data: 'sencha' }],
        [{ text: 'Mochi', callback_data: 'mochi' }],
      ],
    });
    const cta = botApiRequest(to, {
      type: 'cta_url',
      body: 'Track it',
      displayText: 'Track',
      url: 'https://shop.test/t/1',
    });
    expect(cta.params.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Track', url: 'https://shop.test/t/1' }]],
    });
  });

  it('sends media by URL or file_id with its method, dropping the file name', () => {
    expect(botApiRequest(to, { type: 'image', link: 'https://x.test/a.jpg', caption: 'Look' })).toEqual({
      method: 'sendPhoto',
      params: { chat_id: 555000111, photo: 'https://x.test/a.jpg', caption: 'Look' },
    });
    expect(botApiRequest(to, { type: 'document', mediaId: 'BQACAgI', filename: 'a.pdf' })).toEqual({
      method: 'sendDocument',
      params: { chat_id: 555000111, document: 'BQACAgI' },
    });
    const methods = (['video', 'audio', 'sticker'] as const).map(
      (type) => botApiRequest(to, { type, mediaId: 'f' }).method,
    );
    expect(methods).toEqual(['sendVideo', 'sendAudio', 'sendSticker']);
  });

  it('sends a location, or a venue when it has a name and an address', () => {
    expect(botApiRequest(to, { type: 'location', latitude: 35.6, longitude: 139.7, name: 'Shop' })).toEqual({
      method: 'sendLocation',
      params: { chat_id: 555000111, latitude: 35.6, longitude: 139.7 },
    });
    expect(
      botApiRequest(to, { type: 'location', latitude: 35.6, longitude: 139.7, name: 'Shop', address: '1-1' }),
    ).toEqual({
      method: 'sendVenue',
      params: { chat_id: 555000111, latitude: 35.6, longitude: 139.7, title: 'Shop', address: '1-1' },
    });
  });

  it('reacts to the message named by its platform id, with Telegram spelling of the emoji', () => {
    expect(botApiRequest(to, { type: 'reaction', messageId: '555000111:42', emoji: '❤️' })).toEqual({
      method: 'setMessageReaction',
      params: { chat_id: 555000111, message_id: 42, reaction: [{ type: 'emoji', emoji: '❤' }] },
    });
    expect(botApiRequest(to, { type: 'reaction', messageId: '-100123:7', emoji: '' }).params).toEqual({
      chat_id: -100123,
      message_id: 7,
      reaction: [],
    });
    expect(() => botApiRequest(to, { type: 'reaction', messageId: 'wamid.X', emoji: '👍' })).toThrow(
      expect.objectContaining({ platformCode: 'invalid_message_id', retryable: false }),
    );
  });

  it('replies with reply_parameters, naming the chat only when it is another one', () => {
    expect(botApiRequest(to, { type: 'text', text: 'ok', previewUrl: true }, '555000111:9').params).toEqual({
      chat_id: 555000111,
      text: 'ok',
      reply_parameters: { message_id: 9, allow_sending_without_reply: true },
    });
    expect(
      botApiRequest(to, { type: 'text', text: 'ok', previewUrl: true }, '-100123:9').params.reply_parameters,
    ).toEqual({
      message_id: 9,
      chat_id: -100123,
      allow_sending_without_reply: true,
    });
    // A tap's id is not a message: the answer is sent without a quote.
    expect(
      botApiRequest(to, { type: 'text', text: 'ok', previewUrl: true }, 'update:2001').params,
    ).not.toHaveProperty('reply_parameters');
  });

  it('passes a channel @username as is', () => {
    expect(botApiRequest('@parley_news', { type: 'text', text: 'hi', previewUrl: true }).params.chat_id).toBe(
      '@parley_news',
    );
  });
});
