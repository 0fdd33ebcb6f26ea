import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { ACCOUNT_ID } from '../fixtures.test-support';
import {
  contentOf,
  createInput,
  editInput,
  emptyTemplateValues,
  NEW_GROUP,
  type TemplateFormValues,
} from './template-form-values';
import { ruleMessage, templateFormErrors, templateResolver } from './template-resolver';

const en = translator('en');
const ja = translator('ja');

const values = (patch: Partial<TemplateFormValues> = {}): TemplateFormValues => ({
  ...emptyTemplateValues(ACCOUNT_ID, 'en_US', 'Copy code'),
  name: 'order_update',
  category: 'UTILITY',
  body: 'Hello {{1}}, your order is ready.',
  examples: { '1': 'Aiko' },
  ...patch,
});

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<TemplateFormValues>;

describe('templateResolver', () => {
  it('passes a valid template through', async () => {
    const result = await templateResolver('create', en)(values(), undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: 'order_update' });
  });

  it('words checkTemplate’s rules in English at the paths they name', async () => {
    const result = await templateResolver('create', en)(
      values({
        header: { format: 'TEXT', text: 'Order {{1}} and {{2}}', example: '' },
        body: 'Hi {{1}} and {{3}}',
        examples: { '1': 'Aiko' },
        footer: 'x'.repeat(61),
        buttons: [
          { type: 'URL', text: 'Track', url: 'https://shop.example/t/{{1}}', example: '' },
          { type: 'PHONE_NUMBER', text: 'Call', phoneNumber: '0312345678' },
        ],
      }),
      undefined,
      options,
    );
    expect(result.errors).toMatchObject({
      header: {
        text: { type: 'translated', message: 'The header can hold only one variable.' },
        example: { message: 'Give a sample for the header’s variable.' },
      },
      examples: { '3': { message: 'Give a sample for {{3}}.' } },
      footer: { message: 'The footer is at most 60 characters.' },
      buttons: {
        0: { example: { message: 'Give a sample for the end of the web address.' } },
        1: { phoneNumber: { message: 'Enter a phone number with its country code, like +81 3 1234 5678.' } },
      },
    });
    // Two rules about the body: both are said, in order.
    expect(result.errors.body?.message).toBe(
      'The message text can’t start or end with a variable: add some words around it. Numbered variables go in order without gaps: {{2}} is missing.',
    );
  });

  it('speaks Japanese, with the placeholders left as written', () => {
    const errors = templateFormErrors(values({ body: 'こんにちは {{1}} さん {{Name}} です' }), 'create', ja);
    expect(errors.get('body')).toBe(
      '{{Name}} は変数として使えません。{{1}} のような連番か、{{order_id}} のような英小文字の名前にしてください。',
    );
    expect(ruleMessage({ rule: 'BUTTON_TEXT_TOO_LONG', params: { max: 25 } }, ja)).toBe(
      'ボタンのラベルは 25 文字以内にしてください。',
    );
  });

  it('puts issues about all the buttons on the list, and about one button’s kind on its type', () => {
    const quick = (text: string) => ({ type: 'QUICK_REPLY' as const, text });
    const errors = templateFormErrors(
      values({
        buttons: [
          quick('Yes'),
          { type: 'URL', text: 'Site', url: 'https://shop.example', example: '' },
          quick('No'),
          { type: 'COPY_CODE', example: 'SAVE10' },
        ],
      }),
      'create',
      en,
    );
    expect(errors.get('buttons.root')).toBe(
      'Keep the quick replies together, before or after the other buttons.',
    );
    expect(errors.get('buttons.3.type')).toBe(
      'Copy code buttons are for marketing templates: remove it or change the category.',
    );
  });

  it('checks the name, account, language and a new group’s name when creating', () => {
    const errors = templateFormErrors(
      values({ name: 'Order Update', channelAccountId: '', group: NEW_GROUP, newGroupName: '  ' }),
      'create',
      en,
    );
    expect(errors.get('name')).toBe('Use lowercase letters, digits and underscores only.');
    expect(errors.get('channelAccountId')).toBe('Choose a WhatsApp account.');
    expect(errors.get('newGroupName')).toBe('Give the group a name.');
    expect(templateFormErrors(values({ name: '' }), 'create', ja).get('name')).toBe(
      'テンプレート名を入力してください。',
    );
    // Name and language are not the edit's to change.
    expect(templateFormErrors(values({ name: 'Order Update' }), 'edit', en).has('name')).toBe(false);
  });

  it('validates an authentication template by its code options only', () => {
    const auth = values({
      category: 'AUTHENTICATION',
      body: 'left over from another category {{1}}',
      authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 120, buttonText: '' },
    });
    const errors = templateFormErrors(auth, 'create', en);
    expect([...errors.keys()].sort()).toEqual([
      'authentication.buttonText',
      'authentication.codeExpirationMinutes',
    ]);
    expect(errors.get('authentication.codeExpirationMinutes')).toBe(
      'Enter a whole number of minutes from 1 to 90.',
    );
    expect(contentOf(auth)).toMatchObject({ body: '', header: null, buttons: [], examples: {} });
  });
});

describe('createInput and editInput', () => {
  it('sends the group choice and only the samples the text still uses', () => {
    const form = values({
      examples: { '1': 'Aiko', '2': 'stale' },
      group: NEW_GROUP,
      newGroupName: ' Orders ',
    });
    expect(createInput(form)).toMatchObject({
      channelAccountId: ACCOUNT_ID,
      name: 'order_update',
      language: 'en_US',
      groupId: null,
      newGroupName: 'Orders',
      examples: { '1': 'Aiko' },
      authentication: null,
    });
    const grouped = editInput(values({ group: '44444444-4444-4444-8444-444444444444' }));
    expect(grouped).toMatchObject({ groupId: '44444444-4444-4444-8444-444444444444', newGroupName: '' });
    expect(grouped).not.toHaveProperty('name');
  });
});
