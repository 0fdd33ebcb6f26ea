import { WebhookPayloadError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { metadata, phoneNumberId, wabaId } from './fixtures/webhook-builders.fixture.js';
import { splitWebhookPayload } from './split-webhook.js';
import { parseWebhookPayload } from './webhook.js';

const statuses = (id: string, phone = phoneNumberId) => ({
  field: 'messages',
  value: {
    messaging_product: 'whatsapp',
    metadata: { ...metadata, phone_number_id: phone },
    statuses: [{ id, status: 'sent', timestamp: '1750263773', recipient_id: '16505551234' }],
  },
});
const template = {
  field: 'message_template_status_update',
  value: {
    event: 'APPROVED',
    message_template_id: 1,
    message_template_name: 'a',
    message_template_language: 'en',
  },
};

describe('splitWebhookPayload', () => {
  it('makes one whole envelope per change, keeping the entry id and time, and names its account', () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        { id: wabaId, time: 1750263773, changes: [statuses('wamid.A'), statuses('wamid.B', '2')] },
        {
          id: '999',
          time: 1750263774,
          changes: [template, { field: 'group_lifecycle_update', value: { groups: [] } }],
        },
      ],
    };
    const parts = splitWebhookPayload(body);
    expect(parts.map((part) => part.channelAccountId)).toEqual([phoneNumberId, '2', '999', undefined]);
    expect(parts[1]?.body).toEqual({
      object: 'whatsapp_business_account',
      entry: [{ id: wabaId, time: 1750263773, changes: [statuses('wamid.B', '2')] }],
    });
    expect(parts.flatMap((part) => parseWebhookPayload(part.body))).toEqual(parseWebhookPayload(body));
  });

  it('lets the other changes through when one is malformed', () => {
    const broken = { field: 'messages', value: { metadata: { phone_number_id: '3' }, statuses: [{}] } };
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: wabaId, changes: [broken, statuses('wamid.C')] }],
    };
    expect(() => parseWebhookPayload(body)).toThrow(WebhookPayloadError);
    const [bad, good] = splitWebhookPayload(body);
    expect(bad?.channelAccountId).toBe('3');
    expect(() => parseWebhookPayload(bad?.body)).toThrow(WebhookPayloadError);
    expect(parseWebhookPayload(good?.body)).toEqual([
      expect.objectContaining({ platformMessageId: 'wamid.C' }),
    ]);
  });

  it('keeps what is not an envelope, or has no entries or changes, as one part without an account', () => {
    for (const body of [
      'hello',
      null,
      [],
      { object: 'page' },
      { object: 'whatsapp_business_account', entry: [] },
    ])
      expect(splitWebhookPayload(body)).toEqual([{ body }]);
    const noChanges = { object: 'whatsapp_business_account', entry: [{ id: wabaId }, 'junk'] };
    expect(splitWebhookPayload(noChanges)).toEqual([
      { body: { object: 'whatsapp_business_account', entry: [{ id: wabaId }] } },
      { body: { object: 'whatsapp_business_account', entry: ['junk'] } },
    ]);
    const noMetadata = {
      object: 'whatsapp_business_account',
      entry: [{ id: wabaId, changes: [{ field: 'messages' }] }],
    };
    expect(splitWebhookPayload(noMetadata)[0]).not.toHaveProperty('channelAccountId');
  });
});
