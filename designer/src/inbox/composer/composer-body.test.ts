import { composedMessageSchema, sendMessageSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { composedMessage, sendMessageBody } from './composer-body';
import { draft, FILE_ID, photo } from './composer.fixtures.test-support';

const CLIENT_ID = '77777777-7777-4777-8777-777777777777';
const REPLY_TO = '88888888-8888-4888-8888-888888888888';

describe('composedMessage', () => {
  it('sends the text of the text mode, whatever else was drafted', () => {
    expect(composedMessage(draft({ text: 'こんにちは\n元気？', body: 'unused' }))).toEqual({
      type: 'text',
      text: 'こんにちは\n元気？',
    });
  });

  it('sends a file by its library id, with its caption when there is one', () => {
    expect(composedMessage(draft({ mode: 'media', file: photo() }))).toEqual({
      type: 'media',
      fileId: FILE_ID,
    });
    expect(composedMessage(draft({ mode: 'media', file: photo(), caption: 'Menu' }))).toEqual({
      type: 'media',
      fileId: FILE_ID,
      caption: 'Menu',
    });
    expect(composedMessage(draft({ mode: 'media' }))).toBeNull();
  });

  it('leaves blank optional parts out of reply buttons', () => {
    const message = composedMessage(
      draft({
        mode: 'reply_buttons',
        body: 'Come tomorrow?',
        footer: ' ',
        buttons: [{ title: 'Yes' }, { title: 'No' }],
      }),
    );
    expect(message).toEqual({
      type: 'reply_buttons',
      body: 'Come tomorrow?',
      buttons: [{ title: 'Yes' }, { title: 'No' }],
    });
    expect(composedMessageSchema.safeParse(message).success).toBe(true);
  });

  it('builds a list with optional section titles and row descriptions', () => {
    const message = composedMessage(
      draft({
        mode: 'list',
        header: 'Menu',
        body: 'What would you like?',
        buttonLabel: 'Choose',
        sections: [
          { title: '', rows: [{ title: 'Tea', description: '' }] },
          { title: 'Cakes', rows: [{ title: 'Cheesecake', description: 'Baked today' }] },
        ],
      }),
    );
    expect(message).toEqual({
      type: 'list',
      body: 'What would you like?',
      header: 'Menu',
      buttonLabel: 'Choose',
      sections: [
        { rows: [{ title: 'Tea' }] },
        { title: 'Cakes', rows: [{ title: 'Cheesecake', description: 'Baked today' }] },
      ],
    });
    expect(composedMessageSchema.safeParse(message).success).toBe(true);
  });

  it('builds a link button with the address trimmed', () => {
    const message = composedMessage(
      draft({ mode: 'cta_url', body: 'Your order', displayText: 'Track', url: ' https://shop.example/t/1 ' }),
    );
    expect(message).toEqual({
      type: 'cta_url',
      body: 'Your order',
      displayText: 'Track',
      url: 'https://shop.example/t/1',
    });
    expect(composedMessageSchema.safeParse(message).success).toBe(true);
  });
});

describe('sendMessageBody', () => {
  const text = { type: 'text' as const, text: 'Hi' };

  it('carries the client id, and the quote and hold only when asked', () => {
    expect(sendMessageBody(text, { clientId: CLIENT_ID })).toEqual({ clientId: CLIENT_ID, message: text });
    const body = sendMessageBody(text, {
      clientId: CLIENT_ID,
      replyToMessageId: REPLY_TO,
      holdIfClosed: true,
    });
    expect(body).toEqual({
      clientId: CLIENT_ID,
      message: text,
      replyToMessageId: REPLY_TO,
      holdIfClosed: true,
    });
    expect(sendMessageSchema.safeParse(body).success).toBe(true);
  });
});
