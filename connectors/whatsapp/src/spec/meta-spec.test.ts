import { describe, expect, it } from 'vitest';
import { loadMetaSpec } from './meta-spec.js';

const messagesPath = '/{Version}/{Phone-Number-ID}/messages';
const spec = loadMetaSpec();
const validateMessage = spec.requestBody(messagesPath, 'post');
const text = { messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'Hi' } };

/** Spec examples that stay invalid on purpose (see the leniency list in meta-spec.ts). */
const knownInvalidExamples = [
  // placeholders such as <http(s)://image-url> are not URLs
  'Send Audio Message by URL',
  'Send Document Message by URL',
  'Send Image Message by URL',
  'Send Video Message by URL',
  'Send Reply to Audio Message by URL',
  'Send Reply to Document Message by URL',
  'Send Reply to Image Message by URL',
  'Send Reply to Video Message by URL',
  'Send Message Template Media',
  'Send Message Template Interactive',
  // the schema disagrees with the example on something Parley does not send yet
  'Send Catalog Template Message',
  'Send Flow Template Message',
  'Send Multi-Product Message',
  'Send Order Details Message',
  'Send Order Status Message',
  'Send Sample Issue Resolution Template',
  'Send Reply to List Message', // no `type`, so it is read as a text message
  'Send typing indicator and read receipt', // a mark-as-read body, not a message
];

describe('loadMetaSpec', () => {
  it('accepts a text message with the base fields next to the text (allOf merged)', () => {
    expect(
      validateMessage({ ...text, recipient_type: 'individual', context: { message_id: 'wamid.X' } }),
    ).toEqual([]);
  });

  it('does not require recipient_type, nor type for text (Meta defaults both)', () => {
    expect(validateMessage(text)).toEqual([]);
    const { type: _type, ...untyped } = text;
    expect(validateMessage(untyped)).toEqual([]);
  });

  it('does not require language.policy in templates', () => {
    const template = {
      messaging_product: 'whatsapp',
      to: '1',
      type: 'template',
      template: { name: 'order_ready', language: { code: 'en_US' } },
    };
    expect(validateMessage(template)).toEqual([]);
  });

  it('dispatches on type and reports only the matching branch, naming the fields', () => {
    expect(validateMessage({ ...text, text: { body: 42, extra: true }, bogus: 1 })).toEqual(
      expect.arrayContaining([
        { path: 'text.body', message: 'must be string' },
        { path: 'text.extra', message: 'is not allowed' },
        { path: 'bogus', message: 'is not allowed' },
      ]),
    );
    expect(validateMessage({ ...text, type: 'hologram' })).toEqual([
      { path: 'type', message: 'must be equal to one of the allowed values' },
    ]);
    // `to` is now required through leniency 12's if/then, which ajv reports after `required`.
    const missing = validateMessage({ type: 'text', text: { body: 'x' } });
    expect(missing).toHaveLength(2);
    expect(missing).toEqual(
      expect.arrayContaining([
        { path: 'messaging_product', message: 'is required' },
        { path: 'to', message: 'is required' },
      ]),
    );
  });

  it("accepts the spec's own request examples except the documented ones", () => {
    const examples = spec.requestExamples(messagesPath, 'post');
    const invalid = Object.entries(examples)
      .filter(([, body]) => validateMessage(body).length > 0)
      .map(([name]) => name);
    expect(invalid.sort()).toEqual([...knownInvalidExamples].sort());
    expect(Object.keys(examples).length - invalid.length).toBeGreaterThanOrEqual(20);
  });

  it('accepts numeric location coordinates (leniency 9), not other types', () => {
    const location = {
      messaging_product: 'whatsapp',
      to: '1',
      type: 'location',
      location: { latitude: 37.4, longitude: '-122.1' },
    };
    expect(validateMessage(location)).toEqual([]);
    expect(
      validateMessage({ ...location, location: { latitude: true, longitude: 1 } }).map((i) => i.path),
    ).toContain('location.latitude');
  });

  it('accepts interactive cta_url (leniency 10) within its display text limit', () => {
    const ctaUrl = (displayText: string) => ({
      messaging_product: 'whatsapp',
      to: '1',
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        body: { text: 'Track your parcel' },
        action: { name: 'cta_url', parameters: { display_text: displayText, url: 'https://parley.dev/t/1' } },
      },
    });
    expect(validateMessage(ctaUrl('Track it'))).toEqual([]);
    expect(validateMessage(ctaUrl('x'.repeat(21))).map((i) => i.path)).toContain(
      'interactive.action.parameters.display_text',
    );
  });

  it('accepts copy_code buttons with a coupon_code parameter (leniency 11), up to 15 characters', () => {
    const copyCode = (code: string) => ({
      messaging_product: 'whatsapp',
      to: '1',
      type: 'template',
      template: {
        name: 'promo',
        language: { code: 'en' },
        components: [
          {
            type: 'button',
            sub_type: 'copy_code',
            index: '0',
            parameters: [{ type: 'coupon_code', coupon_code: code }],
          },
        ],
      },
    });
    expect(validateMessage(copyCode('SAVE25'))).toEqual([]);
    expect(validateMessage(copyCode('X'.repeat(16))).map((i) => i.path)).toContain(
      'template.components.0.parameters.0.coupon_code',
    );
  });

  it('accepts a BSUID as `recipient` instead of `to` (leniency 12), but no malformed one', () => {
    const { to: _to, ...noTo } = text;
    expect(validateMessage({ ...noTo, recipient: 'US.13491208655302741918' })).toEqual([]);
    expect(validateMessage({ ...noTo, recipient: 'US.ENT.11815799212886844830' })).toEqual([]);
    expect(validateMessage({ ...text, recipient: 'JP.1' })).toEqual([]);
    expect(validateMessage({ ...noTo, recipient: '13491208655302741918' }).map((i) => i.path)).toEqual([
      'recipient',
    ]);
    expect(validateMessage(noTo)).toEqual([{ path: 'to', message: 'is required' }]);
  });

  it('validates named components (status webhooks)', () => {
    const validate = spec.component('StatusMessageValue');
    const metadata = { display_phone_number: '1', phone_number_id: '2' };
    expect(
      validate({
        messaging_product: 'whatsapp',
        metadata,
        statuses: [{ id: 'w', status: 'read', timestamp: '1', recipient_id: '3' }],
      }),
    ).toEqual([]);
    expect(
      validate({
        messaging_product: 'whatsapp',
        metadata,
        statuses: [{ id: 'w', status: 'seen', timestamp: '1' }],
      }).map((i) => i.path),
    ).toEqual(expect.arrayContaining(['statuses.0.status', 'statuses.0.recipient_id']));
    // Leniency 12: a status of a BSUID send may name its recipient by user id alone.
    expect(
      validate({
        messaging_product: 'whatsapp',
        metadata,
        statuses: [{ id: 'w', status: 'read', timestamp: '1', recipient_user_id: 'US.1' }],
      }),
    ).toEqual([]);
  });

  it('is loaded once', () => {
    expect(loadMetaSpec()).toBe(spec);
  });
});
