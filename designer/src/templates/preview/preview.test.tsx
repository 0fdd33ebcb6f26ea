import type { TemplateMessageContent } from '@parley/contracts';
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18nInstance } from '../../i18n/translator.test-support';
import { templateContent } from '../fixtures.test-support';
import { bubbleFromMessage, previewOf, type TemplateBubbleView } from './template-bubble';
import { TemplateBubble } from './TemplateBubble';
import { parseWhatsAppFormatting, plainText } from './whatsapp-format';

describe('parseWhatsAppFormatting', () => {
  it('reads bold, italic, strikethrough and monospace', () => {
    expect(parseWhatsAppFormatting('Your *order* is _ready_, ~not~ ```late```.')).toEqual([
      'Your ',
      { style: 'bold', children: ['order'] },
      ' is ',
      { style: 'italic', children: ['ready'] },
      ', ',
      { style: 'strike', children: ['not'] },
      ' ',
      { style: 'mono', children: ['late'] },
      '.',
    ]);
  });

  it('nests styles, but nothing inside monospace', () => {
    expect(parseWhatsAppFormatting('*bold _and italic_*')).toEqual([
      { style: 'bold', children: ['bold ', { style: 'italic', children: ['and italic'] }] },
    ]);
    expect(parseWhatsAppFormatting('```*as is*```')).toEqual([{ style: 'mono', children: ['*as is*'] }]);
  });

  it('leaves markers that do not hug a word, or sit inside one, as text', () => {
    expect(parseWhatsAppFormatting('2 * 3 * 4')).toEqual(['2 * 3 * 4']);
    expect(parseWhatsAppFormatting('order_id_here')).toEqual(['order_id_here']);
    expect(parseWhatsAppFormatting('* not bold*')).toEqual(['* not bold*']);
  });

  it('formats next to Japanese text', () => {
    expect(parseWhatsAppFormatting('ご注文は*発送済み*です')).toEqual([
      'ご注文は',
      { style: 'bold', children: ['発送済み'] },
      'です',
    ]);
    expect(plainText(parseWhatsAppFormatting('ご注文は*発送済み*です'))).toBe('ご注文は発送済みです');
  });
});

describe('previewOf', () => {
  it('fills the samples in and lists the buttons with their targets', () => {
    const view = previewOf(
      templateContent({
        header: { format: 'TEXT', text: 'Order {{1}}', example: 'A-12' },
        body: 'Hello {{1}}, see {{2}}',
        examples: { '1': 'Aiko', '2': 'you soon' },
        footer: 'Tanaka Shoten',
        buttons: [
          { type: 'URL', text: 'Track', url: 'https://shop.example/t/{{1}}', example: 'A-12' },
          { type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+81312345678' },
          { type: 'QUICK_REPLY', text: 'Thanks' },
        ],
      }),
      'en_US',
      null,
    );
    expect(view).toEqual({
      header: { format: 'TEXT', text: 'Order A-12' },
      body: 'Hello Aiko, see you soon',
      footer: 'Tanaka Shoten',
      buttons: [
        { type: 'URL', text: 'Track', url: 'https://shop.example/t/A-12', phoneNumber: null },
        { type: 'PHONE_NUMBER', text: 'Call us', url: null, phoneNumber: '+81312345678' },
        { type: 'QUICK_REPLY', text: 'Thanks', url: null, phoneNumber: null },
      ],
    });
  });

  it('shows a media header from the engine’s file only', () => {
    const image = templateContent({
      header: { format: 'IMAGE', fileId: '66666666-6666-4666-8666-666666666666' },
    });
    expect(previewOf(image, 'ja', { filename: 'sale.jpg', url: '/api/files/6/content' }).header).toEqual({
      format: 'IMAGE',
      url: '/api/files/6/content',
      filename: 'sale.jpg',
    });
    expect(previewOf(image, 'ja', { filename: 'x.jpg', url: 'https://evil.example/x.jpg' }).header).toEqual({
      format: 'IMAGE',
      url: null,
      filename: 'x.jpg',
    });
    const unchosen = templateContent({ header: { format: 'DOCUMENT', fileId: null } });
    expect(previewOf(unchosen, 'ja', null).header).toEqual({ format: 'DOCUMENT', url: null, filename: null });
  });

  it('words an authentication template as WhatsApp does, in its language', () => {
    const view = previewOf(
      templateContent({
        category: 'AUTHENTICATION',
        body: '',
        examples: {},
        authentication: {
          addSecurityRecommendation: true,
          codeExpirationMinutes: 5,
          buttonText: 'コードをコピー',
        },
      }),
      'ja',
      null,
    );
    expect(view.body).toMatch(
      /^123456があなたの認証コードです。\s?セキュリティのため、このコードは誰にも教えないでください。$/,
    );
    expect(view.footer).toBe('このコードの有効期限は5分です。');
    expect(view.buttons).toEqual([
      { type: 'COPY_CODE', text: 'コードをコピー', url: null, phoneNumber: null },
    ]);
  });
});

const render = (view: TemplateBubbleView, lang: 'en' | 'ja' = 'en') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18nInstance(lang)}>
      <TemplateBubble view={view} variant="phone" />
    </I18nextProvider>,
  );

describe('TemplateBubble', () => {
  it('renders the formatting, the footer and each button with its kind', () => {
    const html = render({
      header: { format: 'TEXT', text: 'Sale' },
      body: '*50%* off _today_',
      footer: 'Reply STOP to opt out',
      buttons: [
        { type: 'URL', text: 'Shop', url: 'https://shop.example', phoneNumber: null },
        { type: 'COPY_CODE', text: 'SAVE50', url: null, phoneNumber: null },
      ],
    });
    expect(html).toContain('<strong>50%</strong> off <em>today</em>');
    expect(html).toContain('<p class="template-message__footer">Reply STOP to opt out</p>');
    expect(html).toContain('aria-label="Buttons"');
    expect(html).toContain('title="https://shop.example"');
    expect(html).toMatch(/<span class="visually-hidden">Website: <\/span>Shop/);
    expect(html).toMatch(/<span class="visually-hidden">Copy code: <\/span>SAVE50/);
  });

  it('shows an image header as a picture, other media by file name', () => {
    const image = render({
      header: { format: 'IMAGE', url: '/api/files/6/content', filename: 'sale.jpg' },
      body: 'Hi',
      footer: null,
      buttons: [],
    });
    expect(image).toContain('src="/api/files/6/content"');
    expect(image).toContain('alt="Header image: sale.jpg"');
    const video = render(
      { header: { format: 'VIDEO', url: null, filename: null }, body: 'Hi', footer: null, buttons: [] },
      'ja',
    );
    expect(video).toContain('動画: </span>ファイル未選択');
  });
});

describe('bubbleFromMessage', () => {
  it('shows a sent template as the customer saw it', () => {
    const content: TemplateMessageContent = {
      type: 'template',
      templateId: '66666666-6666-4666-8666-666666666666',
      name: 'order_ready',
      language: 'ja',
      category: 'UTILITY',
      header: { format: 'DOCUMENT', url: '/api/files/7/content', filename: 'invoice.pdf' },
      body: 'ご注文の準備ができました。',
      footer: '',
      buttons: [{ type: 'QUICK_REPLY', text: 'ありがとう', url: null, phoneNumber: null }],
    };
    expect(bubbleFromMessage(content)).toEqual({
      header: { format: 'DOCUMENT', url: '/api/files/7/content', filename: 'invoice.pdf' },
      body: 'ご注文の準備ができました。',
      footer: null,
      buttons: [{ type: 'QUICK_REPLY', text: 'ありがとう', url: null, phoneNumber: null }],
    });
  });
});
