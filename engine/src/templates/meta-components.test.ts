import { checkTemplate, type TemplateContent } from '@parley/contracts';
import { templateDefinitionSchema } from '@parley/connector-whatsapp';
import { describe, expect, it } from 'vitest';
import {
  fromMetaComponents,
  parameterFormat,
  toMetaComponents,
  toMetaDefinition,
} from './meta-components.js';

const fileId = '6f1c2d3e-4a5b-4c6d-8e7f-001122334455';

const content = (overrides: Partial<TemplateContent>): TemplateContent => ({
  category: 'UTILITY',
  header: null,
  body: 'Thanks for your order.',
  examples: {},
  footer: '',
  buttons: [],
  authentication: null,
  allowCategoryChange: false,
  ...overrides,
});

/** A positional marketing template with every part Parley can author. */
const positional = content({
  category: 'MARKETING',
  header: { format: 'TEXT', text: 'Sale for {{1}}', example: 'Hanako' },
  body: 'Hello {{1}}, take {{2}} off with the code below. Reply STOP to opt out.',
  examples: { '1': 'Hanako', '2': '20%' },
  footer: 'Parley Shop',
  buttons: [
    { type: 'URL', text: 'Shop now', url: 'https://shop.example/sale/{{1}}', example: 'spring-2026' },
    { type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+81 3 1234 5678' },
    { type: 'COPY_CODE', example: 'SPRING20' },
    { type: 'QUICK_REPLY', text: 'Stop promotions' },
  ],
  allowCategoryChange: true,
});

/** A named utility template: header and body variables by name, a static URL, quick replies. */
const named = content({
  header: { format: 'TEXT', text: 'Order {{order_id}}', example: 'A-1001' },
  body: 'Hi {{customer}}, your order {{order_id}} ships on {{date}}. Thank you!',
  examples: { customer: 'Taro', order_id: 'A-1001', date: '1 December' },
  footer: 'Questions? Just reply.',
  buttons: [
    { type: 'QUICK_REPLY', text: 'Thanks' },
    { type: 'QUICK_REPLY', text: 'Change address' },
    { type: 'URL', text: 'Track', url: 'https://shop.example/track/{{1}}', example: 'A-1001' },
  ],
});

const authentication = content({
  category: 'AUTHENTICATION',
  body: '',
  authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 10, buttonText: 'Copy code' },
});

describe('toMetaComponents', () => {
  it('writes a positional template with examples in body_text and header_text', () => {
    expect(checkTemplate(positional)).toEqual([]);
    expect(parameterFormat(positional)).toBe('POSITIONAL');
    expect(toMetaComponents(positional)).toEqual([
      { type: 'HEADER', format: 'TEXT', text: 'Sale for {{1}}', example: { header_text: ['Hanako'] } },
      {
        type: 'BODY',
        text: 'Hello {{1}}, take {{2}} off with the code below. Reply STOP to opt out.',
        example: { body_text: [['Hanako', '20%']] },
      },
      { type: 'FOOTER', text: 'Parley Shop' },
      {
        type: 'BUTTONS',
        buttons: [
          {
            type: 'URL',
            text: 'Shop now',
            url: 'https://shop.example/sale/{{1}}',
            // Meta's example for a URL variable is the whole URL with the sample in place
            example: ['https://shop.example/sale/spring-2026'],
          },
          { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+81312345678' },
          { type: 'COPY_CODE', example: 'SPRING20' },
          { type: 'QUICK_REPLY', text: 'Stop promotions' },
        ],
      },
    ]);
  });

  it('writes a named template with examples in body_text_named_params and header_text_named_params', () => {
    expect(checkTemplate(named)).toEqual([]);
    expect(parameterFormat(named)).toBe('NAMED');
    const [header, body, footer, buttons] = toMetaComponents(named);
    expect(header).toEqual({
      type: 'HEADER',
      format: 'TEXT',
      text: 'Order {{order_id}}',
      example: { header_text_named_params: [{ param_name: 'order_id', example: 'A-1001' }] },
    });
    expect(body).toEqual({
      type: 'BODY',
      text: named.body,
      example: {
        body_text_named_params: [
          { param_name: 'customer', example: 'Taro' },
          { param_name: 'order_id', example: 'A-1001' },
          { param_name: 'date', example: '1 December' },
        ],
      },
    });
    expect(footer).toEqual({ type: 'FOOTER', text: 'Questions? Just reply.' });
    expect(buttons).toEqual({
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Thanks' },
        { type: 'QUICK_REPLY', text: 'Change address' },
        {
          type: 'URL',
          text: 'Track',
          url: 'https://shop.example/track/{{1}}',
          example: ['https://shop.example/track/A-1001'],
        },
      ],
    });
  });

  it('gives a repeated variable one example, and none to a text without variables', () => {
    const repeated = content({
      body: 'Hi {{1}}! Yes, {{1}}, your order is ready.',
      examples: { '1': 'Ken' },
    });
    expect(toMetaComponents(repeated)).toEqual([
      { type: 'BODY', text: repeated.body, example: { body_text: [['Ken']] } },
    ]);
    const plain = content({ header: { format: 'TEXT', text: 'Welcome', example: '' } });
    expect(toMetaComponents(plain)).toEqual([
      { type: 'HEADER', format: 'TEXT', text: 'Welcome' },
      { type: 'BODY', text: 'Thanks for your order.' },
    ]);
  });

  it('leaves out a blank footer and a URL example when the URL has no variable', () => {
    const template = content({
      footer: '   ',
      buttons: [{ type: 'URL', text: 'Open', url: ' https://shop.example/help ', example: '' }],
    });
    expect(toMetaComponents(template)).toEqual([
      { type: 'BODY', text: 'Thanks for your order.' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Open', url: 'https://shop.example/help' }] },
    ]);
  });

  it('strips spaces, dashes and brackets from phone numbers', () => {
    const template = content({
      buttons: [{ type: 'PHONE_NUMBER', text: 'Call', phoneNumber: '+1 (212) 555-0123' }],
    });
    expect(toMetaComponents(template)[1]).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'PHONE_NUMBER', text: 'Call', phone_number: '+12125550123' }],
    });
  });

  it('gives a media header the upload handle as its example', () => {
    const template = content({ header: { format: 'IMAGE', fileId } });
    expect(toMetaComponents(template, '4::aW1hZ2UvcG5n:ARb')[0]).toEqual({
      type: 'HEADER',
      format: 'IMAGE',
      example: { header_handle: ['4::aW1hZ2UvcG5n:ARb'] },
    });
    expect(toMetaComponents(content({ header: { format: 'DOCUMENT', fileId } }))[0]).toEqual({
      type: 'HEADER',
      format: 'DOCUMENT',
    });
  });

  it('writes an authentication template in WhatsApp’s OTP shape', () => {
    expect(checkTemplate(authentication)).toEqual([]);
    expect(toMetaComponents(authentication)).toEqual([
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 10 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ]);
    const short = content({
      category: 'AUTHENTICATION',
      body: '',
      authentication: { addSecurityRecommendation: false, codeExpirationMinutes: null, buttonText: 'Copy' },
    });
    expect(toMetaComponents(short)).toEqual([
      { type: 'BODY', add_security_recommendation: false },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy' }] },
    ]);
  });
});

describe('toMetaDefinition', () => {
  it.each([
    ['positional marketing', positional, 'MARKETING', 'POSITIONAL', true],
    ['named utility', named, 'UTILITY', 'NAMED', false],
    ['authentication', authentication, 'AUTHENTICATION', 'POSITIONAL', false],
  ] as const)(
    'writes a %s template the connector’s own schema accepts',
    (_, template, category, format, allow) => {
      const definition = toMetaDefinition({ name: 'order_update', language: 'en_US' }, template);
      expect(definition).toMatchObject({
        name: 'order_update',
        language: 'en_US',
        category,
        allow_category_change: allow,
        parameter_format: format,
      });
      const parsed = templateDefinitionSchema.safeParse(definition);
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('writes a media header the connector’s schema accepts', () => {
    const template = content({ header: { format: 'VIDEO', fileId } });
    const definition = toMetaDefinition({ name: 'welcome_video', language: 'ja' }, template, 'h:1');
    expect(templateDefinitionSchema.safeParse(definition).success).toBe(true);
  });
});

describe('fromMetaComponents', () => {
  it.each([
    ['positional', positional],
    ['named', named],
    ['authentication', authentication],
  ] as const)('reads back what toMetaComponents wrote for a %s template', (_, template) => {
    // phone numbers come back as WhatsApp keeps them, without spaces
    const expected: TemplateContent = {
      ...template,
      buttons: template.buttons.map((button) =>
        button.type === 'PHONE_NUMBER'
          ? { ...button, phoneNumber: button.phoneNumber.replace(/ /g, '') }
          : button,
      ),
    };
    expect(
      fromMetaComponents(template.category, toMetaComponents(template), template.allowCategoryChange),
    ).toEqual(expected);
  });

  it('reads an authentication template as WhatsApp gives it back, its OTP button turned into a URL one', () => {
    // GET /{template-id} after creating `authentication` above (Meta's copy-code authentication docs)
    const returned = [
      {
        type: 'BODY',
        text: '*{{1}}* is your verification code. For your security, do not share this code.',
        add_security_recommendation: true,
        example: { body_text: [['123456']] },
      },
      { type: 'FOOTER', text: 'This code expires in 10 minutes.', code_expiration_minutes: 10 },
      {
        type: 'BUTTONS',
        buttons: [
          {
            type: 'URL',
            text: 'Copy code',
            url: 'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code_expiration_minutes=10&code=otp{{1}}',
            example: [
              'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code_expiration_minutes=10&code=otp123456',
            ],
          },
        ],
      },
    ];
    expect(fromMetaComponents('AUTHENTICATION', returned)).toEqual(authentication);
  });

  it('reads a media header as one without a library file', () => {
    const template = content({ header: { format: 'IMAGE', fileId } });
    expect(fromMetaComponents('UTILITY', toMetaComponents(template, 'h:1'))?.header).toEqual({
      format: 'IMAGE',
      fileId: null,
    });
  });

  it('takes component and category names in any case, as Meta gives them', () => {
    expect(
      fromMetaComponents('marketing', [
        { type: 'body', text: 'Hello {{1}}, see you soon', example: { body_text: [['Mia']] } },
        { type: 'buttons', buttons: [{ type: 'quick_reply', text: 'OK' }] },
      ]),
    ).toMatchObject({
      category: 'MARKETING',
      body: 'Hello {{1}}, see you soon',
      examples: { '1': 'Mia' },
      buttons: [{ type: 'QUICK_REPLY', text: 'OK' }],
    });
  });

  it('imports Meta’s hello_world', () => {
    const helloWorld = [
      { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
      {
        type: 'BODY',
        text: 'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the Cloud API, hosted by Meta. Thank you for taking the time to test with us.',
      },
      { type: 'FOOTER', text: 'WhatsApp Business Platform sample message' },
    ];
    expect(fromMetaComponents('UTILITY', helloWorld)).toEqual({
      category: 'UTILITY',
      header: { format: 'TEXT', text: 'Hello World', example: '' },
      body: helloWorld[1]!.text,
      examples: {},
      footer: 'WhatsApp Business Platform sample message',
      buttons: [],
      authentication: null,
      allowCategoryChange: false,
    });
  });

  it('gives null for what Parley cannot show or edit', () => {
    const body = { type: 'BODY', text: 'Here is our shop.' };
    expect(fromMetaComponents('MARKETING', [{ type: 'HEADER', format: 'LOCATION' }, body])).toBeNull();
    expect(
      fromMetaComponents('MARKETING', [
        body,
        { type: 'BUTTONS', buttons: [{ type: 'FLOW', text: 'Book', flow_id: '123' }] },
      ]),
    ).toBeNull();
    expect(
      fromMetaComponents('MARKETING', [
        body,
        { type: 'BUTTONS', buttons: [{ type: 'CATALOG', text: 'View catalog' }] },
      ]),
    ).toBeNull();
  });

  it('gives null for a template without a body, an unknown category or components that are not components', () => {
    expect(fromMetaComponents('UTILITY', [{ type: 'FOOTER', text: 'only a footer' }])).toBeNull();
    expect(fromMetaComponents('SERVICE', [{ type: 'BODY', text: 'Hi' }])).toBeNull();
    expect(fromMetaComponents('UTILITY', ['BODY'])).toBeNull();
  });
});
