import { inboundEventSchema, WebhookPayloadError, type InboundEvent } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { metadata, webhook } from './fixtures/webhook-builders.fixture.js';
import { loadMetaSpec } from './spec/meta-spec.js';
import { parseWebhookPayload } from './webhook.js';

const examples = loadMetaSpec().requestExamples('/whatsapp/webhooks', 'post');
function example(name: string): unknown {
  const value = examples[name];
  if (value === undefined) throw new Error(`No webhook example "${name}" in the spec`);
  return value;
}
const summary = (event: InboundEvent) =>
  event.kind === 'message'
    ? `message:${event.content.type}${event.replyTo ? ' reply' : ''}${event.referral ? ' ad' : ''}`
    : event.kind;

function parseError(body: unknown): WebhookPayloadError {
  try {
    parseWebhookPayload(body);
  } catch (error) {
    if (error instanceof WebhookPayloadError) return error;
    throw error;
  }
  throw new Error('expected a WebhookPayloadError');
}

/** What each of the spec's webhook examples must become. */
const expectedKinds: Record<string, string[]> = {
  'Text Message': ['message:text'],
  'Text Message with Context (Product Inquiry)': ['message:text reply'],
  'Text Message from Click to WhatsApp Ad': ['message:text ad'],
  'Reaction Message': ['message:reaction'],
  'Image Message': ['message:image'],
  'Location Message': ['message:location'],
  'Contact Sharing Message': ['message:contacts'],
  'Unsupported Message': ['message:unsupported', 'platform_error'],
  'Button Message': ['message:template_reply reply'],
  'Interactive List Reply Message': ['message:interactive_reply reply'],
  'Interactive Button Reply Message': ['message:interactive_reply reply'],
  'Order Message': ['message:unsupported'],
  'System Message': ['contact_identity'],
  'Group Create Message': [],
  'Group Settings Update': [],
  'Group Remove Participants': [],
};

describe('parseWebhookPayload on the spec examples', () => {
  it('covers every webhook example of the spec', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(expectedKinds).sort());
  });

  it.each(Object.entries(expectedKinds))('turns "%s" into %j, all valid normalized events', (name, kinds) => {
    const events = parseWebhookPayload(example(name));
    expect(events.map(summary)).toEqual(kinds);
    for (const event of events) expect(inboundEventSchema.safeParse(event).success).toBe(true);
  });

  it('reads the text example exactly', () => {
    expect(parseWebhookPayload(example('Text Message'))).toEqual([
      {
        kind: 'message',
        eventId: 'whatsapp:msg:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
        channelAccountId: '106540352242922',
        contact: { id: '16505551234', name: 'Sheena Nelson' },
        platformMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
        occurredAt: '2025-06-08T20:59:43.000Z',
        content: { type: 'text', text: 'Does it come in another color?' },
      },
    ]);
  });

  it("reads the system example as an identity change, and keeps Meta's names for what it does not read", () => {
    expect(parseWebhookPayload(example('System Message'))).toEqual([
      {
        kind: 'contact_identity',
        eventId: 'whatsapp:identity:wamid.HBgLMTk4MzU1NTE5NzQVAgASGAoxMTgyMDg2MjY3AA==',
        channelAccountId: '106540352242922',
        occurredAt: '2025-06-18T17:55:42.000Z',
        change: 'id',
        previous: { id: '16505551234' },
        current: { id: '12195555358' },
      },
    ]);
    const [order] = parseWebhookPayload(example('Order Message'));
    expect(order).toMatchObject({ content: { type: 'unsupported', platformType: 'order' } });
  });

  it('names a sender without a contacts entry by `from` alone', () => {
    const body = webhook('messages', {
      metadata,
      messages: [{ from: '16505551234', id: 'wamid.A', timestamp: '1', type: 'text', text: { body: 'hi' } }],
    });
    const [message] = parseWebhookPayload(body);
    expect(message?.kind === 'message' && message.contact).toEqual({ id: '16505551234' });
  });

  it('reads media, location and the product inquiry context', () => {
    const [image] = parseWebhookPayload(example('Image Message'));
    expect(image).toMatchObject({
      content: {
        type: 'image',
        mediaId: '1003383421387256',
        mimeType: 'image/jpeg',
        caption: 'Taj Mahal',
        sha256: 'SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=',
      },
    });
    const [location] = parseWebhookPayload(example('Location Message'));
    expect(location).toMatchObject({
      content: { type: 'location', latitude: 37.44221496582, name: 'Philz Coffee' },
    });
    const [inquiry] = parseWebhookPayload(example('Text Message with Context (Product Inquiry)'));
    expect(inquiry).toMatchObject({ replyTo: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGA9wcm9kdWN0X2lucXVpcnkA' });
  });
});

describe('parseWebhookPayload', () => {
  const templateUpdate = (event: string, time?: number) =>
    webhook(
      'message_template_status_update',
      {
        event,
        message_template_id: 1,
        message_template_name: 'order_ready',
        message_template_language: 'en_US',
        reason: null,
      },
      time === undefined ? {} : { time },
    );

  it('skips template events the normalized model does not list, and statuses other than the four', () => {
    expect(parseWebhookPayload(templateUpdate('UNARCHIVED', 1))).toEqual([]);
    const deleted = webhook('messages', {
      metadata,
      statuses: [{ id: 'wamid.X', status: 'deleted', timestamp: '1', recipient_id: '1' }],
    });
    expect(parseWebhookPayload(deleted)).toEqual([]);
  });

  it('dates events Meta sends without a time by the clock', () => {
    const now = () => new Date('2025-07-01T00:00:00.000Z');
    expect(parseWebhookPayload(templateUpdate('PAUSED'), { now })).toEqual([
      expect.objectContaining({
        kind: 'template_status',
        occurredAt: '2025-07-01T00:00:00.000Z',
        reason: null,
        templateId: '1',
      }),
    ]);
  });

  it('gives the same errors of a whole delivery the same id, and different ones another', () => {
    const errors = (code: number) => webhook('messages', { metadata, errors: [{ code, title: 'x' }] });
    const id = (body: unknown) => parseWebhookPayload(body)[0]?.eventId;
    expect(id(errors(131000))).toBe(id(errors(131000)));
    expect(id(errors(131000))).not.toBe(id(errors(131016)));
  });

  it('rejects bodies that are not WhatsApp webhooks, naming the offending paths', () => {
    expect(parseError({ object: 'page', entry: [] }).issues.map((issue) => issue.path)).toEqual(['object']);
    expect(parseError('hello').issues).toHaveLength(1);
    const noMetadata = webhook('messages', { messages: [] });
    expect(parseError(noMetadata).issues.map((issue) => issue.path)).toContain(
      'entry.0.changes.0.value.metadata',
    );
  });

  it('rejects a message without the content its type names', () => {
    const body = structuredClone(example('Text Message')) as {
      entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[];
    };
    delete body.entry[0]?.changes[0]?.value.messages[0]?.text;
    expect(parseError(body).issues.map((issue) => issue.path)).toEqual([
      'entry.0.changes.0.value.messages.0.text',
    ]);
    const image = structuredClone(example('Image Message')) as {
      entry: { changes: { value: { messages: { image: object }[] } }[] }[];
    };
    const message = image.entry[0]?.changes[0]?.value.messages[0];
    if (message) message.image = { caption: 'no id' };
    expect(parseError(image).issues.map((issue) => issue.path)).toEqual([
      'entry.0.changes.0.value.messages.0.image.id',
    ]);
  });

  it('names the field of a malformed template webhook', () => {
    const body = webhook('message_template_status_update', { event: 'APPROVED' });
    expect(parseError(body).issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'entry.0.changes.0.value.message_template_id',
        'entry.0.changes.0.value.message_template_name',
      ]),
    );
  });
});
