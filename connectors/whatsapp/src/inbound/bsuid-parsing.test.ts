import { WebhookPayloadError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { bsuid } from '../fixtures/bsuid-webhooks.fixture.js';
import { metadata, webhook } from '../fixtures/webhook-builders.fixture.js';
import { parseWebhookPayload } from '../webhook.js';

const text = (message: Record<string, unknown>, contacts?: unknown[]) =>
  webhook('messages', {
    metadata,
    ...(contacts ? { contacts } : {}),
    messages: [{ id: 'wamid.A', timestamp: '1', type: 'text', text: { body: 'hi' }, ...message }],
  });
const contactOf = (body: unknown) => {
  const [event] = parseWebhookPayload(body);
  return event?.kind === 'message' ? event.contact : undefined;
};
const issuePaths = (body: unknown) => {
  try {
    parseWebhookPayload(body);
  } catch (error) {
    if (error instanceof WebhookPayloadError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
};

describe('parsing business-scoped user ids', () => {
  it('reads an empty `from` as absent, as older payloads sent it', () => {
    expect(contactOf(text({ from: '', from_user_id: bsuid }))).toEqual({ userId: bsuid });
  });

  it("matches the message's contact by user id when there is no phone number", () => {
    const contacts = [
      { profile: { name: 'Someone else' }, wa_id: '15550000000', user_id: 'US.1' },
      { profile: { name: 'Sheena', username: 'sheena' }, user_id: bsuid },
    ];
    expect(contactOf(text({ from_user_id: bsuid }, contacts))).toEqual({
      userId: bsuid,
      username: 'sheena',
      name: 'Sheena',
    });
  });

  it('drops informational fields of the wrong type instead of refusing the change', () => {
    const contacts = [{ profile: { name: 42, username: '@' }, user_id: bsuid }];
    expect(contactOf(text({ from_user_id: bsuid }, contacts))).toEqual({ userId: bsuid });
    const odd = webhook('messages', {
      metadata,
      statuses: [
        {
          id: 'wamid.S',
          status: 'sent',
          timestamp: '1',
          recipient_id: '1',
          pricing: 'free',
          conversation: 7,
        },
      ],
    });
    expect(parseWebhookPayload(odd)).toEqual([expect.objectContaining({ kind: 'status', recipientId: '1' })]);
    expect(parseWebhookPayload(odd)[0]).not.toHaveProperty('pricing');
  });

  it('refuses a message from nobody and a status to nobody, naming the field', () => {
    expect(issuePaths(text({}))).toEqual(['entry.0.changes.0.value.messages.0.from']);
    const status = webhook('messages', {
      metadata,
      statuses: [{ id: 'wamid.S', status: 'read', timestamp: '1' }],
    });
    expect(issuePaths(status)).toEqual(['entry.0.changes.0.value.statuses.0.recipient_id']);
  });

  it('refuses a system message without its system object, but not one that names nobody', () => {
    const system = (fields?: object) =>
      webhook('messages', {
        metadata,
        messages: [{ id: 'wamid.Y', timestamp: '1', type: 'system', ...(fields ? { system: fields } : {}) }],
      });
    expect(issuePaths(system())).toEqual(['entry.0.changes.0.value.messages.0.system']);
    expect(parseWebhookPayload(system({ type: 'user_changed_user_id', user_id: bsuid }))).toEqual([]);
  });
});
