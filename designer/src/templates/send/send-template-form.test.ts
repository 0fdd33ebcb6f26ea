import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { reportToForm } from '../../forms/report-to-form';
import { translator } from '../../i18n/translator.test-support';
import { templateContent, usableTemplate } from '../fixtures.test-support';
import {
  blankValues,
  canSendTemplate,
  HEADER_FILE_FIELD,
  issueField,
  onFormFields,
  parameterFields,
  previewOf,
  reportableFields,
  sendTemplateBody,
  sendTemplateErrors,
  sendTemplateResolver,
  sortForChoice,
  TEMPLATE_FIELD,
  unusableReasons,
  unusableReasonText,
  type SendTemplateFormValues,
} from './send-template-form';

const en = translator('en');
const ja = translator('ja');

/** A marketing template with every kind of value: header, two body variables, a URL and a code. */
const order = usableTemplate('order_ready', {
  language: 'en_US',
  content: templateContent({
    category: 'MARKETING',
    header: { format: 'TEXT', text: 'Order {{1}}', example: 'A-12' },
    body: 'Hello {{1}}, {{2}} is ready.',
    examples: { '1': 'Aiko', '2': 'your parcel' },
    buttons: [
      { type: 'QUICK_REPLY', text: 'Thanks' },
      { type: 'URL', text: 'Track', url: 'https://shop.example/t/{{1}}', example: 'A-12' },
      { type: 'COPY_CODE', example: 'SAVE10' },
    ],
  }),
});

const filled = (patch: SendTemplateFormValues = {}): SendTemplateFormValues => ({
  [TEMPLATE_FIELD]: order.id,
  header: 'B-34',
  body_1: 'Hanako',
  body_2: 'your order',
  button_1: 'B-34',
  button_2: 'WELCOME',
  ...patch,
});

describe('parameterFields', () => {
  it('gives one field per value the template takes, with its sample', () => {
    expect(parameterFields(order.content!)).toEqual([
      expect.objectContaining({ name: 'header', kind: 'header', variable: '1', sample: 'A-12' }),
      expect.objectContaining({ name: 'body_1', kind: 'body', variable: '1', sample: 'Aiko' }),
      expect.objectContaining({ name: 'body_2', kind: 'body', variable: '2', sample: 'your parcel' }),
      expect.objectContaining({
        name: 'button_1',
        kind: 'url',
        buttonIndex: 1,
        buttonText: 'Track',
        url: 'https://shop.example/t/{{1}}',
        sample: 'A-12',
      }),
      expect.objectContaining({ name: 'button_2', kind: 'offerCode', buttonIndex: 2, sample: 'SAVE10' }),
    ]);
  });

  it('asks an authentication template for its code only, and a plain one for nothing', () => {
    const code = templateContent({ category: 'AUTHENTICATION', body: '', examples: {} });
    expect(parameterFields(code).map((f) => [f.name, f.kind])).toEqual([['body_1', 'code']]);
    const plain = templateContent({ body: 'Thank you for your order.', examples: {} });
    expect(parameterFields(plain)).toEqual([]);
    expect(blankValues('x', plain)).toEqual({ templateId: 'x' });
  });

  it('names named variables’ fields without dots', () => {
    const named = templateContent({ body: 'Order {{order_id}} ships {{day}}.', examples: {} });
    expect(blankValues('x', named)).toEqual({ templateId: 'x', body_order_id: '', body_day: '' });
  });
});

describe('sendTemplateBody', () => {
  it('builds the request from the form’s values: body by variable, buttons by index', () => {
    expect(sendTemplateBody(order, filled())).toEqual({
      templateId: order.id,
      parameters: {
        header: 'B-34',
        body: { '1': 'Hanako', '2': 'your order' },
        buttons: { '1': 'B-34', '2': 'WELCOME' },
      },
    });
  });

  it('sends no header without a header variable, and nothing a previous choice left behind', () => {
    const thanks = usableTemplate('thanks', {
      content: templateContent({ body: 'Thanks {{name}}!', examples: { name: 'Aiko' } }),
    });
    expect(
      sendTemplateBody(thanks, { templateId: thanks.id, body_name: '花子', body_1: 'stale', header: 'x' }),
    ).toEqual({ templateId: thanks.id, parameters: { body: { name: '花子' }, buttons: {} } });
  });

  it('sends an authentication code as the body’s {{1}}', () => {
    const otp = usableTemplate('otp', {
      content: templateContent({ category: 'AUTHENTICATION', body: '', examples: {} }),
    });
    expect(sendTemplateBody(otp, { templateId: otp.id, body_1: '482913' }).parameters).toEqual({
      body: { '1': '482913' },
      buttons: {},
    });
  });
});

describe('sendTemplateErrors', () => {
  it('passes complete values', () => {
    expect(sendTemplateErrors(order, filled(), en).size).toBe(0);
  });

  it('words parameterIssues under each field, in English', () => {
    const errors = sendTemplateErrors(
      order,
      filled({ header: 'x'.repeat(61), body_1: '', body_2: 'two\nlines', button_1: ' ', button_2: '' }),
      en,
    );
    expect(Object.fromEntries(errors)).toEqual({
      header: 'Use at most 60 characters.',
      body_1: 'Enter a value for {{1}}.',
      body_2: 'Remove the line breaks and tabs, and use at most four spaces in a row.',
      button_1: 'Enter the end of the web address.',
      button_2: 'Enter the offer code.',
    });
  });

  it('words them in Japanese', () => {
    const errors = sendTemplateErrors(order, filled({ body_1: '', button_2: 'C'.repeat(16) }), ja);
    expect(Object.fromEntries(errors)).toEqual({
      body_1: '{{1}} の値を入力してください。',
      button_2: '15 文字以内にしてください。',
    });
  });

  it('asks for a template first, and refuses one that can’t be sent with its reason', () => {
    expect(Object.fromEntries(sendTemplateErrors(undefined, {}, en))).toEqual({
      templateId: 'Choose a template.',
    });
    const off = usableTemplate('off', { enabled: false }, 'TEMPLATE_DISABLED');
    expect(sendTemplateErrors(off, { templateId: off.id }, ja).get(TEMPLATE_FIELD)).toBe(
      'Parley でオフになっています。管理者がテンプレート画面でオンにできます。',
    );
  });

  it('says when a media header has no file to send', () => {
    const promo = usableTemplate('promo', {
      content: templateContent({ header: { format: 'IMAGE', fileId: null }, body: 'Sale!', examples: {} }),
    });
    expect(sendTemplateErrors(promo, { templateId: promo.id }, en).get(HEADER_FILE_FIELD)).toBe(
      'This template’s header has no file. An admin can choose one in Templates.',
    );
  });
});

describe('sendTemplateResolver', () => {
  const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<SendTemplateFormValues>;

  it('gives the form its worded errors at flat field names', async () => {
    const resolve = sendTemplateResolver([order], en);
    const result = await resolve(filled({ body_2: '' }), undefined, options);
    expect(result.errors).toEqual({
      body_2: { type: 'translated', message: 'Enter a value for {{2}}.', ref: undefined },
    });
    expect((await resolve(filled(), undefined, options)).errors).toEqual({});
  });
});

describe('the API’s refusals on the form', () => {
  it('maps the API’s issue paths to the fields', () => {
    expect(issueField('parameters.header')).toBe('header');
    expect(issueField('parameters.body.order_id')).toBe('body_order_id');
    expect(issueField('parameters.buttons.1')).toBe('button_1');
    expect(issueField('parameters.headerFileId')).toBe(HEADER_FILE_FIELD);
    expect(issueField('parameters')).toBeNull();
    expect(issueField('message.parameters.body.1')).toBe('body_1');
    expect(issueField('message.templateId')).toBe(TEMPLATE_FIELD);
  });

  it('shows INVALID_INPUT’s issues under the fields, worded, and nothing in the alert', () => {
    const refused = new ApiError('INVALID_INPUT', 'Invalid parameters', 400, [
      { path: 'parameters.body.2', message: 'a value for {{2}} is required' },
      {
        path: 'parameters.buttons.1',
        message: 'the end of button 2’s web address is at most 2000 characters',
      },
    ]);
    const setError = vi.fn();
    expect(reportToForm(onFormFields(refused, order, ja), setError, reportableFields(order))).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'body_2',
      { type: 'server', message: '{{2}} の値を入力してください。' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'button_1',
      { type: 'server', message: '2000 文字以内にしてください。' },
      { shouldFocus: false },
    );
  });

  it('leaves other codes for the dialog’s alert', () => {
    const setError = vi.fn();
    const off = new ApiError('TEMPLATE_DISABLED', 'turned off', 409);
    expect(reportToForm(onFormFields(off, order, en), setError, reportableFields(order))).toBe(off);
    const gone = new ApiError('NOT_FOUND', 'no such template', 404, [
      { path: 'templateId', message: 'no such template' },
    ]);
    expect(reportToForm(onFormFields(gone, order, en), setError, reportableFields(order))?.code).toBe(
      'NOT_FOUND',
    );
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('unusableReasonText', () => {
  it('words every reason the engine gives, in English and Japanese', () => {
    for (const t of [en, ja])
      for (const code of unusableReasons) expect(unusableReasonText(code, t)).not.toMatch(/^templates\./);
    expect(unusableReasonText('MARKETING_NOT_DELIVERED_US', en)).toBe(
      'WhatsApp doesn’t deliver marketing templates to numbers in the United States.',
    );
    expect(unusableReasonText('TEMPLATE_NOT_APPROVED', ja)).toBe(
      'WhatsApp に承認されていないため、送信できません。',
    );
    expect(unusableReasonText('TEMPLATE_OTHER_ACCOUNT', en)).toBe(
      'It belongs to another WhatsApp Business Account than this conversation.',
    );
  });

  it('words a reason this version doesn’t know in general terms', () => {
    expect(unusableReasonText('SOMETHING_NEW', en)).toBe('It can’t be sent in this conversation now.');
    expect(unusableReasonText('SOMETHING_NEW', ja)).toBe('現在、この会話では送信できません。');
  });

  it('puts the usable templates first', () => {
    const off = usableTemplate('a_off', {}, 'TEMPLATE_DISABLED');
    const unsupported = usableTemplate('b_imported', { content: null }, null);
    const on = usableTemplate('c_on');
    expect(sortForChoice([off, unsupported, on]).map((x) => x.name)).toEqual(['c_on', 'a_off', 'b_imported']);
  });
});

describe('previewOf', () => {
  it('shows what is typed, and the variable where nothing is yet', () => {
    const view = previewOf(order, filled({ body_2: '', button_2: '' }));
    expect(view).toMatchObject({
      header: { format: 'TEXT', text: 'Order B-34' },
      body: 'Hello Hanako, {{2}} is ready.',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Thanks' },
        { type: 'URL', text: 'Track', url: 'https://shop.example/t/B-34' },
        { type: 'COPY_CODE', text: 'SAVE10' },
      ],
    });
  });
});

describe('canSendTemplate', () => {
  const account = { id: 'a', channel: 'whatsapp' as const, name: 'Shop', enabled: true, connected: true };
  const both = { send: true, readTemplates: true };

  it('offers it in a WhatsApp thread whose account is on, to people who may send', () => {
    expect(canSendTemplate({ channel: 'whatsapp', channelAccount: account }, both)).toBe(true);
    expect(canSendTemplate({ channel: 'telegram', channelAccount: account }, both)).toBe(false);
    expect(
      canSendTemplate({ channel: 'whatsapp', channelAccount: account }, { send: false, readTemplates: true }),
    ).toBe(false);
    expect(
      canSendTemplate({ channel: 'whatsapp', channelAccount: { ...account, enabled: false } }, both),
    ).toBe(false);
    expect(
      canSendTemplate({ channel: 'whatsapp', channelAccount: { ...account, connected: false } }, both),
    ).toBe(false);
  });
});
