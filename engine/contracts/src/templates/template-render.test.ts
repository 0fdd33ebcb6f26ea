import { describe, expect, it } from 'vitest';
import type { TemplateContent } from './template-definition.schema.js';
import {
  parameterIssues,
  renderedText,
  renderTemplate,
  sampleValues,
  type TemplateValues,
} from './template-render.js';

const fileId = '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
const sale: TemplateContent = {
  category: 'MARKETING',
  header: { format: 'TEXT', text: '{{1}}様限定サマーセール', example: '山田' },
  body: 'こんにちは、{{1}}様。{{2}}までの期間限定で、全品{{3}}%オフです！',
  examples: { '1': '山田', '2': '8月31日', '3': '20' },
  footer: '配信停止は「停止」と返信してください',
  buttons: [
    { type: 'URL', text: 'セール会場へ', url: 'https://shop.example.jp/sale/{{1}}', example: 'summer2025' },
    { type: 'URL', text: '店舗を探す', url: 'https://shop.example.jp/stores', example: '' },
    { type: 'PHONE_NUMBER', text: 'お電話で相談', phoneNumber: '+81 3 1234 5678' },
    { type: 'COPY_CODE', example: 'SUMMER20' },
    { type: 'QUICK_REPLY', text: '配信停止' },
  ],
  authentication: null,
  allowCategoryChange: true,
};
const authentication = (
  options: Partial<NonNullable<TemplateContent['authentication']>> = {},
): TemplateContent => ({
  category: 'AUTHENTICATION',
  header: null,
  body: '',
  examples: {},
  footer: '',
  buttons: [],
  authentication: {
    addSecurityRecommendation: true,
    codeExpirationMinutes: 10,
    buttonText: 'コードをコピー',
    ...options,
  },
  allowCategoryChange: false,
});
const values = (change: Partial<TemplateValues> = {}): TemplateValues => ({
  header: '佐藤',
  body: { '1': '佐藤', '2': '9月15日', '3': '30' },
  buttons: { '0': 'autumn2025', '3': 'AUTUMN30' },
  ...change,
});

describe('sampleValues', () => {
  it('gives the admin’s samples: the header’s, the body’s and the variable buttons’ by index', () => {
    expect(sampleValues(sale)).toEqual({
      header: '山田',
      body: { '1': '山田', '2': '8月31日', '3': '20' },
      buttons: { '0': 'summer2025', '3': 'SUMMER20' },
    });
  });

  it('gives an authentication template a sample code', () => {
    expect(sampleValues(authentication())).toEqual({
      header: undefined,
      body: { '1': '123456' },
      buttons: {},
    });
  });

  it('leaves out samples of variables the template no longer has', () => {
    const edited: TemplateContent = {
      ...sale,
      header: { format: 'TEXT', text: 'サマーセール', example: '山田' },
      body: 'こんにちは、{{1}}様。',
      examples: { '1': '山田', '2': '8月31日', '3': '20' },
    };
    const samples = sampleValues(edited);
    expect(samples).toEqual({
      header: undefined,
      body: { '1': '山田' },
      buttons: { '0': 'summer2025', '3': 'SUMMER20' },
    });
    expect(parameterIssues(edited, samples)).toEqual([]);
  });

  it('gives values that pass parameterIssues for a complete template', () => {
    expect(parameterIssues(sale, sampleValues(sale))).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('fills the header, body and web address, and keeps the rest as the customer sees it', () => {
    expect(renderTemplate(sale, 'ja', values())).toEqual({
      header: { format: 'TEXT', text: '佐藤様限定サマーセール' },
      body: 'こんにちは、佐藤様。9月15日までの期間限定で、全品30%オフです！',
      footer: '配信停止は「停止」と返信してください',
      buttons: [
        {
          type: 'URL',
          text: 'セール会場へ',
          url: 'https://shop.example.jp/sale/autumn2025',
          phoneNumber: null,
        },
        { type: 'URL', text: '店舗を探す', url: 'https://shop.example.jp/stores', phoneNumber: null },
        { type: 'PHONE_NUMBER', text: 'お電話で相談', url: null, phoneNumber: '+81 3 1234 5678' },
        { type: 'COPY_CODE', text: 'AUTUMN30', url: null, phoneNumber: null },
        { type: 'QUICK_REPLY', text: '配信停止', url: null, phoneNumber: null },
      ],
    });
  });

  it('renders the samples as the preview', () => {
    const preview = renderTemplate(sale, 'ja', sampleValues(sale));
    expect(preview.body).toBe('こんにちは、山田様。8月31日までの期間限定で、全品20%オフです！');
    expect(preview.buttons[0]?.url).toBe('https://shop.example.jp/sale/summer2025');
    expect(preview.buttons[3]?.text).toBe('SUMMER20');
  });

  it('fills a repeated named variable everywhere, and leaves one without a value as it is', () => {
    const content: TemplateContent = {
      ...sale,
      category: 'UTILITY',
      header: { format: 'TEXT', text: 'ご注文{{order_id}}', example: 'A-1024' },
      body: '{{customer_name}}様、ご注文{{order_id}}を{{ship_date}}に発送しました。{{customer_name}}様、ありがとうございます。',
      footer: '   ',
      buttons: [],
    };
    const rendered = renderTemplate(content, 'ja', {
      header: 'B-2048',
      body: { customer_name: '鈴木', order_id: 'B-2048', ship_date: '' },
      buttons: {},
    });
    expect(rendered.header).toEqual({ format: 'TEXT', text: 'ご注文B-2048' });
    expect(rendered.body).toBe(
      '鈴木様、ご注文B-2048を{{ship_date}}に発送しました。鈴木様、ありがとうございます。',
    );
    expect(rendered.footer).toBeNull();
    expect(rendered.buttons).toEqual([]);
  });

  it('does not take Object’s own members for values', () => {
    const content: TemplateContent = {
      ...sale,
      header: null,
      body: 'ご注文{{constructor}}の件です。',
      buttons: [],
    };
    expect(renderTemplate(content, 'ja', { body: {}, buttons: {} }).body).toBe(
      'ご注文{{constructor}}の件です。',
    );
  });

  it('keeps a media header’s file', () => {
    const content: TemplateContent = { ...sale, header: { format: 'IMAGE', fileId } };
    expect(renderTemplate(content, 'ja', values()).header).toEqual({ format: 'IMAGE', fileId });
    expect(renderTemplate({ ...sale, header: null }, 'ja', values()).header).toBeNull();
  });

  it('words an authentication template in Japanese, with the security line and the expiry', () => {
    expect(renderTemplate(authentication(), 'ja', { body: { '1': '482913' }, buttons: {} })).toEqual({
      header: null,
      body: '482913があなたの認証コードです。セキュリティのため、このコードは誰にも教えないでください。',
      footer: 'このコードの有効期限は10分です。',
      buttons: [{ type: 'COPY_CODE', text: 'コードをコピー', url: null, phoneNumber: null }],
    });
  });

  it('words it in English for English and any language it has no wording for', () => {
    const content = authentication({ buttonText: 'Copy code', codeExpirationMinutes: 5 });
    for (const language of ['en', 'en_US', 'pt_BR'])
      expect(renderTemplate(content, language, { body: { '1': '482913' }, buttons: {} })).toEqual({
        header: null,
        body: '482913 is your verification code. For your security, do not share this code.',
        footer: 'This code expires in 5 minutes.',
        buttons: [{ type: 'COPY_CODE', text: 'Copy code', url: null, phoneNumber: null }],
      });
  });

  it('leaves out the security line and the expiry when not chosen', () => {
    const content = authentication({ addSecurityRecommendation: false, codeExpirationMinutes: null });
    const ja = renderTemplate(content, 'ja', sampleValues(content));
    expect(ja.body).toBe('123456があなたの認証コードです。');
    expect(ja.footer).toBeNull();
    const en = renderTemplate(content, 'en_GB', { body: {}, buttons: {} });
    expect(en.body).toBe('{{1}} is your verification code.');
  });
});

describe('renderedText', () => {
  it('joins the header, body and footer with blank lines', () => {
    expect(renderedText(renderTemplate(sale, 'ja', values()))).toBe(
      '佐藤様限定サマーセール\n\nこんにちは、佐藤様。9月15日までの期間限定で、全品30%オフです！\n\n配信停止は「停止」と返信してください',
    );
  });

  it('leaves out a media header and an empty footer', () => {
    const content: TemplateContent = { ...sale, header: { format: 'DOCUMENT', fileId }, footer: '' };
    expect(renderedText(renderTemplate(content, 'ja', values()))).toBe(
      'こんにちは、佐藤様。9月15日までの期間限定で、全品30%オフです！',
    );
  });

  it('gives an authentication template’s body and expiry', () => {
    expect(
      renderedText(renderTemplate(authentication(), 'en', { body: { '1': '482913' }, buttons: {} })),
    ).toBe(
      '482913 is your verification code. For your security, do not share this code.\n\nThis code expires in 10 minutes.',
    );
  });
});

describe('parameterIssues', () => {
  it('takes a value for every variable', () => {
    expect(parameterIssues(sale, values())).toEqual([]);
  });

  it('asks for every missing or blank value, at its path', () => {
    expect(parameterIssues(sale, { header: ' ', body: { '1': '佐藤', '3': '' }, buttons: {} })).toEqual([
      { path: 'parameters.header', message: 'a value for the header variable is required' },
      { path: 'parameters.body.2', message: 'a value for {{2}} is required' },
      { path: 'parameters.body.3', message: 'a value for {{3}} is required' },
      { path: 'parameters.buttons.0', message: 'a value for the end of button 1’s web address is required' },
      { path: 'parameters.buttons.3', message: 'a value for the offer code is required' },
    ]);
  });

  it('refuses values the template has no variable for (WhatsApp’s 132000)', () => {
    const plain: TemplateContent = {
      ...sale,
      header: { format: 'TEXT', text: 'サマーセール', example: '' },
      buttons: [{ type: 'URL', text: '店舗を探す', url: 'https://shop.example.jp/stores', example: '' }],
    };
    expect(
      parameterIssues(plain, {
        header: '佐藤',
        body: { '1': '佐藤', '2': '9月15日', '3': '30', '4': '余分', coupon: 'X' },
        buttons: { '0': 'extra', '5': 'extra' },
      }),
    ).toEqual([
      { path: 'parameters.header', message: 'the template’s header has no variable' },
      { path: 'parameters.body.4', message: 'the template has no {{4}}' },
      { path: 'parameters.body.coupon', message: 'the template has no {{coupon}}' },
      { path: 'parameters.buttons.0', message: 'button 1 takes no value' },
      { path: 'parameters.buttons.5', message: 'button 6 takes no value' },
    ]);
    // An empty header value for a header without a variable is no value.
    expect(parameterIssues(plain, { header: '', body: values().body, buttons: {} })).toEqual([]);
  });

  it.each([
    ['a line break', '佐藤\n花子'],
    ['a carriage return', '佐藤\r花子'],
    ['a tab', '佐藤\t花子'],
    ['five spaces in a row', '佐藤     花子'],
  ])('refuses a value with %s (WhatsApp’s 132018)', (_, value) => {
    expect(parameterIssues(sale, values({ body: { ...values().body, '2': value } }))).toEqual([
      {
        path: 'parameters.body.2',
        message: '{{2}} cannot contain line breaks, tabs or more than four spaces in a row',
      },
    ]);
    expect(parameterIssues(sale, values({ header: value }))).toEqual([
      {
        path: 'parameters.header',
        message: 'the header variable cannot contain line breaks, tabs or more than four spaces in a row',
      },
    ]);
  });

  it('takes four spaces in a row and single spaces', () => {
    expect(parameterIssues(sale, values({ body: { ...values().body, '2': '9月 15日    (月)' } }))).toEqual(
      [],
    );
  });

  it('caps each value at what WhatsApp takes', () => {
    expect(
      parameterIssues(
        sale,
        values({
          header: 'あ'.repeat(61),
          body: { ...values().body, '1': 'x'.repeat(1025) },
          buttons: { '0': 'p'.repeat(2001), '3': 'A'.repeat(16) },
        }),
      ),
    ).toEqual([
      { path: 'parameters.header', message: 'the header variable is at most 60 characters' },
      { path: 'parameters.body.1', message: '{{1}} is at most 1024 characters' },
      {
        path: 'parameters.buttons.0',
        message: 'the end of button 1’s web address is at most 2000 characters',
      },
      { path: 'parameters.buttons.3', message: 'the offer code is at most 15 characters' },
    ]);
    expect(
      parameterIssues(
        sale,
        values({
          header: 'あ'.repeat(60),
          body: { ...values().body, '1': 'x'.repeat(1024) },
          buttons: { '0': 'p'.repeat(2000), '3': 'A'.repeat(15) },
        }),
      ),
    ).toEqual([]);
  });

  it('asks an authentication template for its code alone', () => {
    expect(parameterIssues(authentication(), { body: { '1': '482913' }, buttons: {} })).toEqual([]);
    expect(parameterIssues(authentication(), { body: {}, buttons: {} })).toEqual([
      { path: 'parameters.body.1', message: 'a value for the code is required' },
    ]);
    expect(parameterIssues(authentication(), { body: { '1': '1234567890123456' }, buttons: {} })).toEqual([
      { path: 'parameters.body.1', message: 'the code is at most 15 characters' },
    ]);
  });

  it('does not take Object’s own members for values', () => {
    const content: TemplateContent = {
      ...sale,
      header: null,
      body: 'ご注文{{constructor}}の件です。',
      buttons: [],
    };
    expect(parameterIssues(content, { body: {}, buttons: {} })).toEqual([
      { path: 'parameters.body.constructor', message: 'a value for {{constructor}} is required' },
    ]);
  });
});
