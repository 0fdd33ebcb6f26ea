import { inboundEventSchema, WebhookPayloadError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import {
  failedWamid,
  phoneNumberId,
  sentWamid,
  statusesWebhook,
} from './fixtures/status-webhooks.fixture.js';
import { loadMetaSpec } from './spec/meta-spec.js';
import { parseWebhookPayload } from './webhook.js';

const examples = loadMetaSpec().requestExamples('/whatsapp/webhooks', 'post');
function example(name: string): unknown {
  const value = examples[name];
  if (value === undefined) throw new Error(`No webhook example "${name}" in the spec`);
  return value;
}

function parseError(body: unknown): WebhookPayloadError {
  try {
    parseWebhookPayload(body);
  } catch (error) {
    if (error instanceof WebhookPayloadError) return error;
    throw error;
  }
  throw new Error('expected a WebhookPayloadError');
}

describe('parseWebhookPayload', () => {
  it("turns the spec's text message example into a message event", () => {
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

  it('reads text messages with context or an ad referral as plain text', () => {
    const [withContext] = parseWebhookPayload(example('Text Message with Context (Product Inquiry)'));
    const [fromAd] = parseWebhookPayload(example('Text Message from Click to WhatsApp Ad'));
    expect(withContext).toMatchObject({ content: { type: 'text', text: 'Is this still available?' } });
    expect(fromAd).toMatchObject({ content: { type: 'text', text: 'Hello! Can I get more info on this?' } });
  });

  it('accepts every webhook example in the spec and yields only valid normalized events', () => {
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(16);
    for (const [name, body] of Object.entries(examples)) {
      const events = parseWebhookPayload(body);
      for (const event of events) expect(inboundEventSchema.safeParse(event).success, name).toBe(true);
    }
  });

  it("marks other message types unsupported, keeping Meta's type name", () => {
    const types = [
      'Reaction Message',
      'Image Message',
      'Unsupported Message',
      'System Message',
      'Button Message',
    ].map((name) => parseWebhookPayload(example(name))[0]);
    expect(types.map((event) => event?.kind === 'message' && event.content)).toEqual([
      { type: 'unsupported', platformType: 'reaction' },
      { type: 'unsupported', platformType: 'image' },
      { type: 'unsupported', platformType: 'unsupported' },
      { type: 'unsupported', platformType: 'system' },
      { type: 'unsupported', platformType: 'button' },
    ]);
  });

  it('ignores changes of other fields (groups, template status updates)', () => {
    expect(parseWebhookPayload(example('Group Create Message'))).toEqual([]);
    const templateUpdate = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          time: 1750263773,
          changes: [
            {
              field: 'message_template_status_update',
              value: {
                event: 'APPROVED',
                message_template_id: 1,
                message_template_name: 'order_ready',
                message_template_language: 'en_US',
                reason: 'NONE',
              },
            },
          ],
        },
      ],
    };
    expect(parseWebhookPayload(templateUpdate)).toEqual([]);
  });

  it('turns statuses into status events, with errors mapped', () => {
    const body = statusesWebhook();
    const value = (body as { entry: { changes: { value: unknown }[] }[] }).entry[0]?.changes[0]?.value;
    expect(loadMetaSpec().component('StatusMessageValue')(value)).toEqual([]);
    expect(parseWebhookPayload(body)).toEqual([
      {
        kind: 'status',
        eventId: `whatsapp:status:${sentWamid}:sent`,
        channelAccountId: phoneNumberId,
        recipientId: '16505551234',
        platformMessageId: sentWamid,
        status: 'sent',
        occurredAt: '2025-06-18T16:22:53.000Z',
        errors: [],
      },
      {
        kind: 'status',
        eventId: `whatsapp:status:${failedWamid}:failed`,
        channelAccountId: phoneNumberId,
        recipientId: '16505551234',
        platformMessageId: failedWamid,
        status: 'failed',
        occurredAt: '2025-06-18T16:22:55.000Z',
        errors: [{ code: '131047', title: 'Re-engagement message', message: 'Re-engagement message' }],
      },
    ]);
  });

  it('yields the same event ids when the same webhook is parsed twice', () => {
    for (const body of [example('Text Message'), statusesWebhook()]) {
      const first = parseWebhookPayload(body).map((event) => event.eventId);
      const second = parseWebhookPayload(structuredClone(body)).map((event) => event.eventId);
      expect(second).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
    }
  });

  it('rejects bodies that are not WhatsApp webhooks, naming the offending paths', () => {
    expect(parseError({ object: 'page', entry: [] }).issues.map((issue) => issue.path)).toEqual(['object']);
    expect(parseError('hello').issues).toHaveLength(1);
    const noMetadata = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messages: [] } }] }],
    };
    expect(parseError(noMetadata).issues.map((issue) => issue.path)).toContain(
      'entry.0.changes.0.value.metadata',
    );
  });

  it('rejects a text message without its text', () => {
    const body = structuredClone(example('Text Message')) as {
      entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[];
    };
    delete body.entry[0]?.changes[0]?.value.messages[0]?.text;
    expect(parseError(body).issues.map((issue) => issue.path)).toEqual([
      'entry.0.changes.0.value.messages.0.text',
    ]);
  });
});
