import { describe, expect, it } from 'vitest';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { templateDefinitionSchema, type TemplateDefinition } from './template.schema.js';

const examples = loadMetaSpec().requestExamples('/{Version}/{WABA-ID}/message_templates', 'post');
const valid: TemplateDefinition = {
  name: 'seasonal_promotion',
  language: 'en',
  category: 'MARKETING',
  components: [
    {
      type: 'BODY',
      text: 'Shop now through {{1}} and use code {{2}}.',
      example: { body_text: [['August', '25OFF']] },
    },
    { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Unsubscribe' }] },
  ],
};
const issues = (template: unknown) =>
  templateDefinitionSchema
    .safeParse(template)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
const withComponent = (component: unknown) => ({
  ...valid,
  components: [...valid.components.slice(0, 1), component],
});
const withButtons = (buttons: unknown[]) => withComponent({ type: 'BUTTONS', buttons });

describe('templateDefinitionSchema', () => {
  it("accepts Meta's create examples but those with placeholder names", () => {
    const refused = Object.entries(examples).filter(([, body]) => issues(body).length > 0);
    expect(refused.map(([name]) => name).sort()).toEqual([
      'Create Flow Template Message by Flow JSON',
      'Create Flow Template Message by ID',
      'Create Flow Template Message by Name',
    ]);
    for (const [, body] of refused)
      expect(issues(body)).toEqual(['name: lowercase letters, digits and underscores only']);
  });

  it('normalizes component types to upper case, keeping fields it does not model', () => {
    const parsed = templateDefinitionSchema.parse({
      ...valid,
      components: [{ type: 'body', text: 'Hi', extra: 1 }],
    });
    expect(parsed.components).toEqual([{ type: 'BODY', text: 'Hi', extra: 1 }]);
  });

  it.each([
    [
      'a body variable without example',
      withComponent({ type: 'BODY', text: 'Hi {{1}}' }),
      'components.1.example',
    ],
    [
      'two header variables',
      withComponent({ type: 'HEADER', format: 'TEXT', text: '{{1}} {{2}}', example: { header_text: ['a'] } }),
      'components.1.text',
    ],
    [
      'a header of 61 characters',
      withComponent({ type: 'HEADER', format: 'TEXT', text: 'x'.repeat(61) }),
      'components.1.text',
    ],
    [
      'an image header with text',
      withComponent({ type: 'HEADER', format: 'IMAGE', text: 'x' }),
      'components.1.text',
    ],
    [
      'a footer of 61 characters',
      withComponent({ type: 'FOOTER', text: 'x'.repeat(61) }),
      'components.1.text',
    ],
    [
      'a 26-character label',
      withButtons([{ type: 'QUICK_REPLY', text: 'x'.repeat(26) }]),
      'components.1.buttons.0.text',
    ],
    [
      'three URL buttons',
      withButtons([1, 2, 3].map((n) => ({ type: 'URL', text: `L${n}`, url: 'https://x.test' }))),
      'components.1.buttons',
    ],
    [
      'two phone buttons',
      withButtons([1, 2].map((n) => ({ type: 'PHONE_NUMBER', text: `P${n}`, phone_number: '+15550100' }))),
      'components.1.buttons',
    ],
    [
      'eleven buttons',
      withButtons(Array.from({ length: 11 }, (_, n) => ({ type: 'QUICK_REPLY', text: `Q${n}` }))),
      'components.1.buttons',
    ],
    [
      'quick replies split by another button',
      withButtons([
        { type: 'QUICK_REPLY', text: 'A' },
        { type: 'URL', text: 'B', url: 'https://x.test' },
        { type: 'QUICK_REPLY', text: 'C' },
      ]),
      'components.1.buttons',
    ],
    ['no body', { ...valid, components: [{ type: 'FOOTER', text: 'f' }] }, 'components'],
    ['two bodies', { ...valid, components: [valid.components[0], valid.components[0]] }, 'components'],
    ['a marketing body without text', { ...valid, components: [{ type: 'BODY' }] }, 'components.0.text'],
    ['an unknown category', { ...valid, category: 'PROMOTION' }, 'category'],
    ['a long name', { ...valid, name: 'x'.repeat(513) }, 'name'],
  ])('refuses %s', (_name, template, path) => {
    expect(issues(template).map((issue) => issue.split(':')[0])).toContain(path);
  });

  it('accepts an authentication body without text', () => {
    expect(
      issues({
        ...valid,
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', add_security_recommendation: true }],
      }),
    ).toEqual([]);
  });
});
