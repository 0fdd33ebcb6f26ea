import { describe, expect, it } from 'vitest';
import {
  authenticationOptionsSchema,
  createTemplateSchema,
  editTemplateSchema,
  templateNameSchema,
} from './template-definition.schema.js';
import { checkTemplate } from './template-rules.js';
import type { TemplateContent } from './template-definition.schema.js';

const channelAccountId = '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
const content = {
  category: 'UTILITY',
  header: { format: 'TEXT', text: 'ご注文{{1}}について', example: 'A-1024' },
  body: 'こんにちは、{{1}}様。ご注文を{{2}}に発送しました。',
  examples: { '1': '山田', '2': '6月1日' },
  footer: 'Parleyストア',
  buttons: [{ type: 'URL', text: '配送状況', url: 'https://shop.example.jp/track/{{1}}', example: 'A-1024' }],
  authentication: null,
  allowCategoryChange: false,
};
const create = (change: Record<string, unknown> = {}) => ({
  channelAccountId,
  name: 'order_shipped_ja',
  language: 'ja',
  groupId: null,
  newGroupName: '',
  ...content,
  ...change,
});
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; code: string }[] };
}) => (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), code: issue.code }));

describe('createTemplateSchema', () => {
  it('takes a valid template and keeps what it was given', () => {
    const result = createTemplateSchema.safeParse(create({ newGroupName: '  発送通知  ' }));
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ name: 'order_shipped_ja', language: 'ja', newGroupName: '発送通知' });
    expect(result.data?.buttons[0]).toEqual(content.buttons[0]);
  });

  it.each(['Hello-World', 'hello world', 'Order_Shipped', 'ご注文', ''])('refuses the name %j', (name) => {
    const result = createTemplateSchema.safeParse(create({ name }));
    expect(result.success).toBe(false);
    expect(new Set(issuesOf(result).map((issue) => issue.path))).toEqual(new Set(['name']));
  });

  it('says what a name may contain, and takes 512 characters but not 513', () => {
    const [issue] = createTemplateSchema.safeParse(create({ name: 'Hello-World' })).error?.issues ?? [];
    expect(issue?.message).toBe('use lowercase letters, digits and underscores only');
    expect(templateNameSchema.safeParse('a'.repeat(512)).success).toBe(true);
    expect(issuesOf(templateNameSchema.safeParse('a'.repeat(513)))).toEqual([{ path: '', code: 'too_big' }]);
  });

  it.each(['jp', 'ja_JP', 'en-US', 'EN', 'pt'])('refuses the unknown language %j', (language) => {
    expect(issuesOf(createTemplateSchema.safeParse(create({ language })))).toEqual([
      { path: 'language', code: 'invalid_value' },
    ]);
  });

  it('takes languages of Meta’s list', () => {
    for (const language of ['ja', 'en_US', 'pt_BR', 'zh_TW', 'fil'])
      expect(createTemplateSchema.safeParse(create({ language })).success).toBe(true);
  });

  it('refuses more than 20 buttons as a shape error, and 11 to 20 by the rule', () => {
    const quickReplies = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ type: 'QUICK_REPLY', text: `返信${index}` }));
    expect(issuesOf(createTemplateSchema.safeParse(create({ buttons: quickReplies(21) })))).toEqual([
      { path: 'buttons', code: 'too_big' },
    ]);
    const eleven = createTemplateSchema.safeParse(create({ buttons: quickReplies(11) }));
    expect(eleven.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['buttons', 'at most 10 buttons'],
      ['buttons', 'at most 10 quick replies'],
    ]);
  });

  it('refuses malformed parts without running the rules on them', () => {
    expect(issuesOf(createTemplateSchema.safeParse(create({ body: 42 })))).toEqual([
      { path: 'body', code: 'invalid_type' },
    ]);
    expect(
      issuesOf(createTemplateSchema.safeParse(create({ buttons: [{ type: 'URL', text: '開く' }] }))),
    ).toEqual([
      { path: 'buttons.0.url', code: 'invalid_type' },
      { path: 'buttons.0.example', code: 'invalid_type' },
    ]);
    expect(issuesOf(createTemplateSchema.safeParse(create({ header: { format: 'LOCATION' } })))).toEqual([
      { path: 'header.format', code: 'invalid_union' },
    ]);
    expect(issuesOf(createTemplateSchema.safeParse(create({ category: 'SERVICE' })))).toEqual([
      { path: 'category', code: 'invalid_value' },
    ]);
    expect(issuesOf(createTemplateSchema.safeParse(create({ channelAccountId: 'account-1' })))).toEqual([
      { path: 'channelAccountId', code: 'invalid_format' },
    ]);
    expect(
      issuesOf(createTemplateSchema.safeParse(create({ header: { format: 'IMAGE', fileId: 'photo.jpg' } }))),
    ).toEqual([{ path: 'header.fileId', code: 'invalid_format' }]);
  });

  it('reports WhatsApp’s rules as zod issues at the same paths, with the same words and params', () => {
    const input = create({
      header: { format: 'TEXT', text: 'ご注文{{1}}について', example: '' },
      body: '{{1}}様、ご注文ありがとうございます。{{3}}',
      examples: { '1': '山田' },
      buttons: [{ type: 'PHONE_NUMBER', text: '電話', phoneNumber: '03-1234-5678' }],
    });
    const rules = checkTemplate(input as TemplateContent);
    expect(rules.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['header.example', 'HEADER_EXAMPLE_REQUIRED'],
      ['body', 'BODY_EDGE_VARIABLE'],
      ['body', 'VARIABLES_NOT_SEQUENTIAL'],
      ['examples.3', 'EXAMPLE_REQUIRED'],
      ['buttons.0.phoneNumber', 'PHONE_INVALID'],
    ]);
    const result = createTemplateSchema.safeParse(input);
    expect(result.error?.issues).toEqual(
      rules.map((issue) => ({
        code: 'custom',
        path: issue.path,
        message: issue.message,
        params: issue.params,
      })),
    );
  });

  it('reports shape errors and rule issues together when the content itself is well formed', () => {
    const result = createTemplateSchema.safeParse(create({ name: 'Hello-World', footer: 'f'.repeat(61) }));
    expect(issuesOf(result)).toEqual([
      { path: 'name', code: 'invalid_format' },
      { path: 'footer', code: 'custom' },
    ]);
  });

  it('takes an authentication template and checks its code options', () => {
    const auth = {
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
      },
    };
    expect(createTemplateSchema.safeParse(create({ ...auth, name: 'login_code' })).success).toBe(true);
    const withBody = createTemplateSchema.safeParse(create({ ...auth, body: '認証コード: {{1}}' }));
    expect(withBody.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['body']);
    for (const codeExpirationMinutes of [0, 91, 1.5])
      expect(
        issuesOf(
          createTemplateSchema.safeParse(
            create({ ...auth, authentication: { ...auth.authentication, codeExpirationMinutes } }),
          ),
        ).map((issue) => issue.path),
      ).toEqual(['authentication.codeExpirationMinutes']);
    for (const codeExpirationMinutes of [1, 90, null])
      expect(
        authenticationOptionsSchema.safeParse({ ...auth.authentication, codeExpirationMinutes }).success,
      ).toBe(true);
  });

  it('caps a new group’s name at 60 characters after trimming', () => {
    expect(createTemplateSchema.safeParse(create({ newGroupName: ` ${'g'.repeat(60)} ` })).success).toBe(
      true,
    );
    expect(issuesOf(createTemplateSchema.safeParse(create({ newGroupName: 'g'.repeat(61) })))).toEqual([
      { path: 'newGroupName', code: 'too_big' },
    ]);
  });
});

describe('editTemplateSchema', () => {
  const edit = (change: Record<string, unknown> = {}) => ({
    groupId: null,
    newGroupName: '',
    ...content,
    ...change,
  });

  it('takes new content, and strips a name or language (they never change)', () => {
    const result = editTemplateSchema.safeParse(edit({ name: 'renamed', language: 'en' }));
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('name');
    expect(result.data).not.toHaveProperty('language');
  });

  it('runs the same rules at the same paths', () => {
    const result = editTemplateSchema.safeParse(
      edit({
        buttons: [
          { type: 'URL', text: '配送状況', url: 'https://shop.example.jp/{{1}}/track', example: 'x' },
        ],
      }),
    );
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['buttons', 0, 'url'],
        message: 'a web address takes one variable, {{1}}, at its very end',
        params: {},
      },
    ]);
    const tooMany = editTemplateSchema.safeParse(
      edit({
        buttons: ['サイト1', 'サイト2', 'サイト3'].map((text) => ({
          type: 'URL',
          text,
          url: 'https://shop.example.jp',
          example: '',
        })),
      }),
    );
    expect(tooMany.error?.issues).toEqual([
      { code: 'custom', path: ['buttons'], message: 'at most 2 website buttons', params: { max: 2 } },
    ]);
  });

  it('refuses a group id that is not a uuid', () => {
    expect(issuesOf(editTemplateSchema.safeParse(edit({ groupId: 'marketing' })))).toEqual([
      { path: 'groupId', code: 'invalid_format' },
    ]);
  });
});
