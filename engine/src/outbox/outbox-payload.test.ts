import { describe, expect, it } from 'vitest';
import { platformEventOf } from '../webhooks/template-events.js';
import { outboxPayloadSchema } from './outbox-payload.js';

const conversationId = '11111111-1111-4111-8111-111111111111';
const messageId = '33333333-3333-4333-8333-333333333333';
const templateId = '44444444-4444-4444-8444-444444444444';
const occurredAt = '2026-11-28T10:00:00.000Z';

describe('outboxPayloadSchema', () => {
  it('reads a row written before templates had a workflow as a conversation’s inbound message', () => {
    expect(outboxPayloadSchema.parse({ messageId, conversationId, occurredAt })).toEqual({
      workflow: 'conversation',
      messageId,
      conversationId,
      occurredAt,
    });
  });

  it('reads a conversation entry that names its workflow', () => {
    expect(
      outboxPayloadSchema.parse({ workflow: 'conversation', messageId, conversationId, occurredAt }),
    ).toEqual({ workflow: 'conversation', messageId, conversationId, occurredAt });
  });

  it('reads a template entry with its platform event', () => {
    const entry = {
      workflow: 'template',
      templateId,
      wabaId: '100000000000000',
      status: 'PENDING',
      event: {
        eventKey: 'whatsapp:template:1:REJECTED',
        kind: 'status',
        status: 'REJECTED',
        reason: 'INVALID_FORMAT',
        source: 'webhook',
        occurredAt,
        detail: null,
      },
    };
    const parsed = outboxPayloadSchema.parse(entry);
    expect(parsed).toEqual(entry);
    // never mistaken for a conversation's message, which would lose the template's fields
    expect(parsed.workflow).toBe('template');
  });

  it('reads what the webhook intake writes for status and category events', () => {
    const status = platformEventOf({
      kind: 'template_status',
      eventId: 'whatsapp:template:1:PAUSED',
      channelAccountId: '100000000000001',
      occurredAt,
      templateId: '1',
      templateName: 'order_update',
      language: 'en_US',
      event: 'PAUSED',
      reason: null,
    } as Parameters<typeof platformEventOf>[0]);
    const category = platformEventOf({
      kind: 'template_category',
      eventId: 'whatsapp:template:1:category:MARKETING',
      channelAccountId: '100000000000001',
      occurredAt,
      templateId: '1',
      templateName: 'order_update',
      previousCategory: 'utility',
      newCategory: 'marketing',
      phase: 'announced',
    } as Parameters<typeof platformEventOf>[0]);
    for (const event of [status, category]) {
      const entry = {
        workflow: 'template',
        templateId,
        wabaId: '100000000000000',
        status: 'APPROVED',
        event,
      };
      expect(outboxPayloadSchema.parse(entry)).toEqual(entry);
    }
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['an empty object', {}],
    ['a conversation entry without its message', { conversationId, occurredAt }],
    ['an unknown workflow', { workflow: 'broadcast', messageId, conversationId, occurredAt }],
    [
      'a template entry without its event',
      { workflow: 'template', templateId, wabaId: '1', status: 'PENDING' },
    ],
    [
      'a template event from an unknown source',
      {
        workflow: 'template',
        templateId,
        wabaId: '1',
        status: 'PENDING',
        event: { eventKey: 'k', kind: 'status', status: 'APPROVED', source: 'person', occurredAt },
      },
    ],
    [
      'a template event of an unknown kind',
      {
        workflow: 'template',
        templateId,
        wabaId: '1',
        status: 'PENDING',
        event: { eventKey: 'k', kind: 'quality', source: 'webhook', occurredAt },
      },
    ],
  ])('refuses %s', (_, payload) => {
    expect(outboxPayloadSchema.safeParse(payload).success).toBe(false);
  });
});
