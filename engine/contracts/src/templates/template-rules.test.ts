import { describe, expect, it } from 'vitest';
import type { TemplateButton, TemplateContent } from './template-definition.schema.js';
import { checkTemplate, templateRules, type TemplateIssue, type TemplateRule } from './template-rules.js';

/** A valid utility template with no header, footer or buttons; each case changes what it tests. */
function utility(change: Partial<TemplateContent> = {}): TemplateContent {
  return {
    category: 'UTILITY',
    header: null,
    body: 'ご注文{{1}}を発送しました。お届けは{{2}}の予定です。',
    examples: { '1': 'A-1024', '2': '6月3日' },
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange: false,
    ...change,
  };
}
const marketing = (change: Partial<TemplateContent> = {}) => utility({ category: 'MARKETING', ...change });
const authentication = (change: Partial<TemplateContent> = {}) =>
  utility({
    category: 'AUTHENTICATION',
    body: '',
    examples: {},
    authentication: {
      addSecurityRecommendation: true,
      codeExpirationMinutes: 10,
      buttonText: 'コードをコピー',
    },
    ...change,
  });
const textHeader = (text: string, example = ''): TemplateContent['header'] => ({
  format: 'TEXT',
  text,
  example,
});
const quickReplies = (...texts: string[]): TemplateButton[] =>
  texts.map((text) => ({ type: 'QUICK_REPLY', text }));
const url = (change: Partial<Extract<TemplateButton, { type: 'URL' }>> = {}): TemplateButton => ({
  type: 'URL',
  text: '注文を確認',
  url: 'https://shop.example.jp/orders',
  example: '',
  ...change,
});
const phone = (phoneNumber = '+81 3 1234 5678', text = '電話で問い合わせ'): TemplateButton => ({
  type: 'PHONE_NUMBER',
  text,
  phoneNumber,
});
const copyCode = (example = 'SUMMER10'): TemplateButton => ({ type: 'COPY_CODE', example });

type Expected = Pick<TemplateIssue, 'path' | 'rule' | 'params'>;
interface RuleCase {
  name: string;
  template: TemplateContent;
  /** The issue the case is about, first; any other issue the same input must raise after it. */
  issues: Expected[];
}
const only = (
  name: string,
  template: TemplateContent,
  path: TemplateIssue['path'],
  params: TemplateIssue['params'] = {},
) => ({
  name,
  template,
  path,
  params,
});

/**
 * Every rule, each with inputs that break it and nothing else (the one exception: 11 quick replies
 * are also 11 buttons). Typed by rule, so a new rule without a case does not compile either.
 */
const ruleCases: { [R in TemplateRule]: (ReturnType<typeof only> | RuleCase)[] } = {
  HEADER_TEXT_REQUIRED: [
    only('an empty text header', marketing({ header: textHeader('  ') }), ['header', 'text']),
  ],
  HEADER_TEXT_TOO_LONG: [
    only('a 61-character header', marketing({ header: textHeader('夏'.repeat(61)) }), ['header', 'text'], {
      max: 60,
    }),
  ],
  HEADER_ONE_VARIABLE: [
    only('two header variables', marketing({ header: textHeader('{{1}}様の{{2}}', '山田') }), [
      'header',
      'text',
    ]),
  ],
  HEADER_SINGLE_LINE: [
    only('a line break in the header', marketing({ header: textHeader('ご注文の\n確認') }), [
      'header',
      'text',
    ]),
  ],
  HEADER_NO_EMOJI: [
    only('an emoji in the header', marketing({ header: textHeader('夏のセール開催中🎉') }), [
      'header',
      'text',
    ]),
  ],
  HEADER_EXAMPLE_REQUIRED: [
    only(
      'a header variable without a sample',
      marketing({ header: textHeader('{{1}}様へのお知らせ', '  ') }),
      ['header', 'example'],
    ),
  ],
  HEADER_FILE_REQUIRED: [
    only('an image header without its file', marketing({ header: { format: 'IMAGE', fileId: null } }), [
      'header',
      'fileId',
    ]),
  ],
  BODY_REQUIRED: [only('a blank body', utility({ body: ' \n ', examples: {} }), ['body'])],
  BODY_TOO_LONG: [
    only('a 1,025-character body', utility({ body: 'あ'.repeat(1025), examples: {} }), ['body'], {
      max: 1024,
    }),
  ],
  BODY_EDGE_VARIABLE: [
    only(
      'a body starting with a variable',
      utility({ body: '{{1}}様、ご注文ありがとうございます。', examples: { '1': '山田' } }),
      ['body'],
    ),
    only(
      'a body ending with a variable (after trailing spaces)',
      utility({ body: 'ご注文番号は{{1}}  ', examples: { '1': 'A-1024' } }),
      ['body'],
    ),
  ],
  VARIABLE_INVALID: [
    only(
      'a variable with a hyphen and capitals',
      utility({ body: 'ご注文番号は{{Order-ID}}です。', examples: {} }),
      ['body'],
      { variable: 'Order-ID' },
    ),
    only(
      'a header variable with spaces',
      marketing({ header: textHeader('{{ 1 }}様へ', '山田') }),
      ['header', 'text'],
      { variable: ' 1 ' },
    ),
  ],
  VARIABLES_MIXED: [
    only(
      'numbered and named variables in the body',
      utility({
        body: 'こんにちは、{{1}}様。ポイント残高は{{points}}点です。',
        examples: { '1': '山田', points: '1200' },
      }),
      ['body'],
    ),
    only(
      'a numbered header variable with a named body',
      utility({
        header: textHeader('{{1}}様へ', '山田'),
        body: 'ご注文{{order_id}}を発送しました。',
        examples: { order_id: 'A-1024' },
      }),
      ['body'],
    ),
  ],
  VARIABLES_NOT_SEQUENTIAL: [
    only(
      'a body skipping {{2}}',
      utility({ body: 'ご注文{{1}}は{{3}}に届きます。', examples: { '1': 'A-1024', '3': '6月3日' } }),
      ['body'],
      { expected: 2 },
    ),
    only(
      'a body starting at {{2}}',
      utility({ body: 'ご注文{{2}}を発送しました。', examples: { '2': 'A-1024' } }),
      ['body'],
      { expected: 1 },
    ),
    only(
      'a header whose one variable is not {{1}}',
      marketing({ header: textHeader('{{2}}様へのお知らせ', '山田') }),
      ['header', 'text'],
      { expected: 1 },
    ),
  ],
  EXAMPLE_REQUIRED: [
    only(
      'a body variable without a sample',
      utility({ examples: { '1': 'A-1024', '2': ' ' } }),
      ['examples', '2'],
      {
        variable: '2',
      },
    ),
    only(
      'a named variable called like an Object member, without a sample',
      utility({ body: 'ご注文{{constructor}}を発送しました。', examples: {} }),
      ['examples', 'constructor'],
      { variable: 'constructor' },
    ),
  ],
  EXAMPLE_TOO_LONG: [
    only(
      'a 201-character body sample',
      utility({ examples: { '1': 'x'.repeat(201), '2': '6月3日' } }),
      ['examples', '1'],
      {
        max: 200,
      },
    ),
    only(
      'a 201-character header sample',
      marketing({ header: textHeader('{{1}}様へ', '山'.repeat(201)) }),
      ['header', 'example'],
      { max: 200 },
    ),
  ],
  FOOTER_TOO_LONG: [
    only('a 61-character footer', utility({ footer: 'f'.repeat(61) }), ['footer'], { max: 60 }),
  ],
  FOOTER_NO_VARIABLES: [only('a footer variable', utility({ footer: '{{1}}店' }), ['footer'])],
  BUTTONS_TOO_MANY: [
    only(
      '11 buttons',
      marketing({ buttons: [...quickReplies(...'0123456789'.split('').map((n) => `返信${n}`)), url()] }),
      ['buttons'],
      { max: 10 },
    ),
  ],
  QUICK_REPLIES_TOO_MANY: [
    {
      name: '11 quick replies (also 11 buttons: both limits are 10)',
      template: marketing({ buttons: quickReplies(...'0123456789A'.split('').map((n) => `返信${n}`)) }),
      issues: [
        { path: ['buttons'], rule: 'QUICK_REPLIES_TOO_MANY', params: { max: 10 } },
        { path: ['buttons'], rule: 'BUTTONS_TOO_MANY', params: { max: 10 } },
      ],
    },
  ],
  URL_BUTTONS_TOO_MANY: [
    only(
      'three website buttons',
      marketing({ buttons: [url({ text: 'サイト1' }), url({ text: 'サイト2' }), url({ text: 'サイト3' })] }),
      ['buttons'],
      { max: 2 },
    ),
  ],
  PHONE_BUTTONS_TOO_MANY: [
    only(
      'two phone buttons',
      utility({ buttons: [phone('+81 3 1234 5678', '東京'), phone('+81 6 1234 5678', '大阪')] }),
      ['buttons'],
      { max: 1 },
    ),
  ],
  COPY_CODE_BUTTONS_TOO_MANY: [
    only(
      'two copy code buttons',
      marketing({ buttons: [copyCode('SUMMER10'), copyCode('WINTER20')] }),
      ['buttons'],
      {
        max: 1,
      },
    ),
  ],
  BUTTONS_NOT_GROUPED: [
    only(
      'a website button between quick replies',
      marketing({ buttons: [...quickReplies('はい'), url(), ...quickReplies('いいえ')] }),
      ['buttons'],
    ),
    only(
      'a quick reply between other buttons',
      marketing({ buttons: [url(), ...quickReplies('はい'), phone()] }),
      ['buttons'],
    ),
  ],
  BUTTON_TEXT_REQUIRED: [
    only('a quick reply without a label', marketing({ buttons: quickReplies('はい', ' ') }), [
      'buttons',
      1,
      'text',
    ]),
    only(
      'an authentication template without a button label',
      authentication({
        authentication: { addSecurityRecommendation: false, codeExpirationMinutes: null, buttonText: '' },
      }),
      ['authentication', 'buttonText'],
    ),
  ],
  BUTTON_TEXT_TOO_LONG: [
    only(
      'a 26-character label',
      utility({ buttons: [url({ text: 'b'.repeat(26) })] }),
      ['buttons', 0, 'text'],
      {
        max: 25,
      },
    ),
    only(
      'a 26-character authentication button label',
      authentication({
        authentication: {
          addSecurityRecommendation: true,
          codeExpirationMinutes: 5,
          buttonText: 'c'.repeat(26),
        },
      }),
      ['authentication', 'buttonText'],
      { max: 25 },
    ),
  ],
  BUTTON_TEXT_DUPLICATE: [
    only(
      'two labels differing only in case and spaces',
      marketing({ buttons: [...quickReplies('Yes', 'No'), url({ text: ' yes ' })] }),
      ['buttons', 2, 'text'],
    ),
  ],
  URL_INVALID: [
    only('an address without its scheme', utility({ buttons: [url({ url: 'shop.example.jp' })] }), [
      'buttons',
      0,
      'url',
    ]),
    only('an ftp address', utility({ buttons: [url({ url: 'ftp://files.example.jp/a' })] }), [
      'buttons',
      0,
      'url',
    ]),
    only(
      'an address that is only a variable',
      utility({ buttons: [url({ url: 'https://{{1}}', example: 'x' })] }),
      ['buttons', 0, 'url'],
    ),
  ],
  URL_TOO_LONG: [
    only(
      'a 2,001-character address',
      utility({ buttons: [url({ url: `https://shop.example.jp/${'a'.repeat(2001 - 24)}` })] }),
      ['buttons', 0, 'url'],
      { max: 2000 },
    ),
  ],
  URL_VARIABLE_AT_END: [
    only(
      'a variable in the middle of the address',
      utility({ buttons: [url({ url: 'https://shop.example.jp/{{1}}/track', example: 'A-1024' })] }),
      ['buttons', 0, 'url'],
    ),
    only(
      'a {{2}} at the end',
      utility({ buttons: [url({ url: 'https://shop.example.jp/orders/{{2}}', example: 'A-1024' })] }),
      ['buttons', 0, 'url'],
    ),
    only(
      'two variables',
      utility({ buttons: [url({ url: 'https://shop.example.jp/{{1}}?ref={{1}}', example: 'A-1024' })] }),
      ['buttons', 0, 'url'],
    ),
  ],
  URL_EXAMPLE_REQUIRED: [
    only(
      'an address variable without a sample',
      utility({ buttons: [url({ url: 'https://shop.example.jp/orders/{{1}}', example: '' })] }),
      ['buttons', 0, 'example'],
    ),
  ],
  PHONE_INVALID: [
    only('a number without its country code', utility({ buttons: [phone('03-1234-5678')] }), [
      'buttons',
      0,
      'phoneNumber',
    ]),
    only('a number too short to be one', utility({ buttons: [phone('+81 3 12')] }), [
      'buttons',
      0,
      'phoneNumber',
    ]),
    only('a number over 20 characters', utility({ buttons: [phone('+81 3 1234 5678 0000 00')] }), [
      'buttons',
      0,
      'phoneNumber',
    ]),
  ],
  COPY_CODE_INVALID: [
    only('a code with a hyphen', marketing({ buttons: [copyCode('SUMMER-10')] }), ['buttons', 0, 'example'], {
      max: 15,
    }),
    only(
      'a 16-character code',
      marketing({ buttons: [copyCode('A'.repeat(16))] }),
      ['buttons', 0, 'example'],
      {
        max: 15,
      },
    ),
    only('an empty code', marketing({ buttons: [copyCode('')] }), ['buttons', 0, 'example'], { max: 15 }),
  ],
  COPY_CODE_MARKETING_ONLY: [
    only('a copy code button on a utility template', utility({ buttons: [url(), copyCode()] }), [
      'buttons',
      1,
    ]),
  ],
  AUTHENTICATION_OPTIONS_REQUIRED: [
    only('an authentication template without its options', authentication({ authentication: null }), [
      'authentication',
    ]),
  ],
  AUTHENTICATION_FIXED_CONTENT: [
    only('an authentication template with a body', authentication({ body: '{{1}}が認証コードです。' }), [
      'body',
    ]),
    only('an authentication template with a header', authentication({ header: textHeader('認証') }), [
      'body',
    ]),
    only('an authentication template with a footer', authentication({ footer: 'Parley' }), ['body']),
    only('an authentication template with a button', authentication({ buttons: quickReplies('はい') }), [
      'body',
    ]),
  ],
  AUTHENTICATION_ONLY: [
    only(
      'code options on a utility template',
      utility({
        authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 10, buttonText: 'コピー' },
      }),
      ['authentication'],
    ),
  ],
};

const cases = Object.entries(ruleCases).flatMap(([rule, list]) =>
  list.map((entry) => ({
    rule,
    name: entry.name,
    template: entry.template,
    issues:
      'issues' in entry
        ? entry.issues
        : [{ path: entry.path, rule: rule as TemplateRule, params: entry.params }],
  })),
);

describe('checkTemplate: each rule', () => {
  it.each(cases)('$rule: $name', ({ template, issues }) => {
    const found = checkTemplate(template);
    expect(found.map(({ path, rule, params }) => ({ path, rule, params }))).toEqual(
      expect.arrayContaining(issues),
    );
    expect(found).toHaveLength(issues.length);
    for (const issue of found) expect(issue.message).toMatch(/\S/);
  });

  it('has a case for every rule in templateRules, and for no other', () => {
    expect(Object.keys(ruleCases).sort()).toEqual([...templateRules].sort());
    expect(new Set(cases.map((entry) => entry.rule))).toEqual(new Set(templateRules));
    expect(new Set(templateRules).size).toBe(templateRules.length);
  });

  it('words the limits and the variable in the English message', () => {
    const [tooLong] = checkTemplate(utility({ footer: 'f'.repeat(61) }));
    expect(tooLong?.message).toBe('the footer is at most 60 characters');
    const [gap] = checkTemplate(
      utility({ body: 'ご注文{{1}}は{{3}}に届きます。', examples: { '1': 'a', '3': 'b' } }),
    );
    expect(gap?.message).toBe('numbered variables go in order from {{1}}: expected {{2}}');
  });
});

describe('checkTemplate: valid templates', () => {
  it('takes a full marketing template: text header with a variable, footer, grouped buttons, copy code', () => {
    const template = marketing({
      header: textHeader('{{1}}様限定サマーセール', '山田'),
      body: 'こんにちは、{{1}}様。{{2}}までの期間限定で、全品{{3}}%オフです！下のコードをお使いください。',
      examples: { '1': '山田', '2': '8月31日', '3': '20' },
      footer: '配信停止をご希望の方は「停止」と返信してください',
      buttons: [
        url({ text: 'セール会場へ', url: 'https://shop.example.jp/sale/{{1}}', example: 'summer2025' }),
        url({ text: '店舗を探す', url: 'https://shop.example.jp/stores?lang=ja#map' }),
        phone('+81 3-1234-5678', 'お電話で相談'),
        copyCode('SUMMER20'),
        ...quickReplies('興味あり', '配信停止'),
      ],
      allowCategoryChange: true,
    });
    expect(checkTemplate(template)).toEqual([]);
  });

  it('takes quick replies before the other buttons, and ten buttons in all', () => {
    const buttons = [
      ...quickReplies(...'1234567'.split('').map((n) => `返信${n}`)),
      url({ text: 'サイト' }),
      url({ text: '予約', url: 'http://booking.example.com:8080/r/{{1}}', example: '42' }),
      phone('+1 212 555 0123', 'Call us'),
    ];
    expect(buttons).toHaveLength(10);
    expect(checkTemplate(marketing({ buttons }))).toEqual([]);
  });

  it('takes named variables in the header and body, repeated, each with one sample', () => {
    const template = utility({
      header: textHeader('ご注文{{order_id}}について', 'A-1024'),
      body: 'こんにちは、{{customer_name}}様。ご注文{{order_id}}を{{ship_date}}に発送しました。{{customer_name}}様のまたのご利用をお待ちしております。',
      examples: { customer_name: '山田太郎', order_id: 'A-1024', ship_date: '6月1日' },
    });
    expect(checkTemplate(template)).toEqual([]);
  });

  it('takes positional variables repeated and out of order, and header and body each from {{1}}', () => {
    const template = utility({
      header: textHeader('{{1}}様へ', '山田'),
      body: 'お届け日は{{2}}、ご注文は{{1}}です（{{2}}着）。',
      examples: { '1': 'A-1024', '2': '6月3日' },
    });
    expect(checkTemplate(template)).toEqual([]);
  });

  it('takes a media header with its file and a body without variables', () => {
    const template = marketing({
      header: { format: 'VIDEO', fileId: '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b' },
      body: '新作コレクションの動画をご覧ください。',
      examples: {},
    });
    expect(checkTemplate(template)).toEqual([]);
  });

  it('takes an authentication template with its options alone', () => {
    expect(checkTemplate(authentication())).toEqual([]);
    expect(
      checkTemplate(
        authentication({
          authentication: {
            addSecurityRecommendation: false,
            codeExpirationMinutes: null,
            buttonText: 'Copy code',
          },
        }),
      ),
    ).toEqual([]);
  });

  it('ignores stale samples and the limits exactly at their maximum', () => {
    const template = marketing({
      header: textHeader('夏'.repeat(60)),
      body: `${'あ'.repeat(1000)}{{1}}です。`.padEnd(1024, 'い'),
      examples: { '1': 'x'.repeat(200), '9': 'a sample of a removed variable' },
      footer: 'f'.repeat(60),
      buttons: [url({ text: 'b'.repeat(25), url: `https://shop.example.jp/${'a'.repeat(2000 - 24)}` })],
    });
    expect(template.body).toHaveLength(1024);
    expect(checkTemplate(template)).toEqual([]);
  });
});

describe('checkTemplate: several faults at once', () => {
  it('reports each at its own path', () => {
    const found = checkTemplate(
      utility({
        header: textHeader('ご注文🎉\n{{1}}', ''),
        body: 'ご注文{{1}}は{{3}}に届きます。',
        examples: { '1': 'A-1024' },
        footer: '{{1}}',
        buttons: [url({ url: 'shop.example.jp/{{1}}' }), copyCode('A-B')],
      }),
    );
    expect(found.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['header.text', 'HEADER_SINGLE_LINE'],
      ['header.text', 'HEADER_NO_EMOJI'],
      ['header.example', 'HEADER_EXAMPLE_REQUIRED'],
      ['body', 'VARIABLES_NOT_SEQUENTIAL'],
      ['examples.3', 'EXAMPLE_REQUIRED'],
      ['footer', 'FOOTER_NO_VARIABLES'],
      ['buttons.0.url', 'URL_INVALID'],
      ['buttons.0.example', 'URL_EXAMPLE_REQUIRED'],
      ['buttons.1.example', 'COPY_CODE_INVALID'],
      ['buttons.1', 'COPY_CODE_MARKETING_ONLY'],
    ]);
  });

  it('gives an authentication template only the authentication rules', () => {
    const found = checkTemplate(
      authentication({
        authentication: null,
        body: '{{1}}',
        footer: 'f'.repeat(99),
        buttons: [copyCode('A-B')],
      }),
    );
    expect(found.map((issue) => issue.rule)).toEqual([
      'AUTHENTICATION_OPTIONS_REQUIRED',
      'AUTHENTICATION_FIXED_CONTENT',
    ]);
  });
});
