import { describe, expect, it } from 'vitest';
import { loadMetaSpec } from '../../spec/meta-spec.js';
import { webhookIssues } from './contract-check.js';
import { specResponses } from './spec-responses.js';

const examples = loadMetaSpec().requestExamples('/whatsapp/webhooks', 'post');

function statusWebhook(status: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              statuses: [{ id: 'wamid.X', timestamp: '1750263773', recipient_id: '16505551234', ...status }],
            },
          },
        ],
      },
    ],
  };
}

describe('the webhook contract', () => {
  it("accepts every one of the spec's webhook examples", () => {
    expect(Object.keys(examples)).toHaveLength(16);
    const rejected = Object.entries(examples).map(([name, example]) => [name, webhookIssues(example)]);
    expect(rejected.filter(([, issues]) => (issues as unknown[]).length > 0)).toEqual([]);
  });

  it('accepts template status and category webhooks as Meta documents them', () => {
    const envelope = (field: string, value: unknown) => ({
      object: 'whatsapp_business_account',
      entry: [{ id: '102290129340398', time: 1674864290, changes: [{ field, value }] }],
    });
    const status = {
      event: 'APPROVED',
      message_template_id: 594425479261596,
      message_template_name: 'order_confirmation',
      message_template_language: 'en_US',
      reason: 'NONE',
    };
    expect(webhookIssues(envelope('message_template_status_update', status))).toEqual([]);
    expect(webhookIssues(envelope('message_template_status_update', { ...status, reason: null }))).toEqual(
      [],
    );
    expect(
      webhookIssues(
        envelope('template_category_update', {
          message_template_id: 594425479261596,
          message_template_name: 'order_confirmation',
          message_template_language: 'en_US',
          previous_category: 'UTILITY',
          new_category: 'MARKETING',
        }),
      ),
    ).toEqual([]);
    expect(
      webhookIssues(envelope('message_template_status_update', { ...status, event: 'SHINY' })).map(
        (i) => i.path,
      ),
    ).toEqual(['entry.0.changes.0.value.event']);
  });

  it('is strict where the sandbox could drift', () => {
    const sent = {
      status: 'sent',
      pricing: { billable: false, pricing_model: 'PMP', category: 'service', type: 'free_customer_service' },
    };
    expect(webhookIssues(statusWebhook(sent))).toEqual([]);
    expect(webhookIssues(statusWebhook({ status: 'failed' })).map((issue) => issue.path)).toEqual([
      'entry.0.changes.0.value.statuses.0.errors',
    ]);
    expect(webhookIssues(statusWebhook({ ...sent, colour: 'blue' }))[0]?.path).toBe(
      'entry.0.changes.0.value.statuses.0',
    );
    expect(webhookIssues(statusWebhook({ status: 'seen' }))[0]?.path).toBe(
      'entry.0.changes.0.value.statuses.0.status',
    );
    const textExample = structuredClone(examples['Text Message']) as {
      entry: { changes: { value: { contacts?: unknown } }[] }[];
    };
    delete textExample.entry[0]?.changes[0]?.value.contacts;
    expect(webhookIssues(textExample)[0]?.message).toBe('messages from customers come with contacts');
  });
});

describe('the webhook contract for business-scoped user ids', () => {
  const bsuid = 'US.13491208655302741918';
  const value = (fields: Record<string, unknown>) => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              ...fields,
            },
          },
        ],
      },
    ],
  });
  const message = (extra: Record<string, unknown>) => ({
    id: 'wamid.A',
    timestamp: '1749416383',
    type: 'text',
    text: { body: 'Hi' },
    ...extra,
  });
  const contacts = [{ profile: { name: 'Sheena', username: 'sheena' }, user_id: bsuid }];

  it('accepts a username-only customer, their statuses and identity changes', () => {
    expect(webhookIssues(value({ contacts, messages: [message({ from_user_id: bsuid })] }))).toEqual([]);
    const status = { id: 'wamid.S', status: 'read', timestamp: '1', recipient_user_id: bsuid };
    expect(webhookIssues(value({ contacts, statuses: [status] }))).toEqual([]);
    const system = {
      id: 'wamid.Y',
      timestamp: '1',
      type: 'system',
      system: { body: 'changed', user_id: bsuid, previous_user_id: 'US.1', type: 'user_changed_user_id' },
    };
    expect(webhookIssues(value({ messages: [system] }))).toEqual([]);
  });

  it('refuses a customer message or a status that names nobody, and malformed BSUIDs', () => {
    expect(webhookIssues(value({ contacts, messages: [message({})] })).map((i) => i.path)).toEqual([
      'entry.0.changes.0.value.messages.0.from',
    ]);
    const status = { id: 'wamid.S', status: 'read', timestamp: '1' };
    expect(webhookIssues(value({ statuses: [status] })).map((i) => i.path)).toContain(
      'entry.0.changes.0.value.statuses.0.recipient_id',
    );
    expect(
      webhookIssues(value({ contacts, messages: [message({ from_user_id: '13491208655302741918' })] })).map(
        (i) => i.path,
      ),
    ).toEqual(['entry.0.changes.0.value.messages.0.from_user_id']);
  });
});

describe('response validators from the spec', () => {
  const responses = specResponses();

  it("validate a documented operation's success and error answers", () => {
    const created = responses.validator('/{Version}/{WABA-ID}/message_templates', 'POST', 200);
    expect(created?.({ id: '1', status: 'PENDING', category: 'UTILITY' })).toEqual([]);
    expect(created?.({ id: 1 })).toEqual([{ path: 'id', message: 'must be string' }]);
    const failed = responses.validator('/{Version}/{Phone-Number-ID}/register', 'POST', 400);
    expect(failed?.({ error: { message: 'x', type: 'OAuthException', code: 100 } })).toEqual([]);
    expect(failed?.({ error: { message: 'x' } }).map((issue) => issue.path)).toEqual([
      'error.type',
      'error.code',
    ]);
  });

  it('check undocumented errors against GraphAPIError and know nothing of unknown operations', () => {
    const teapot = responses.validator('/{Version}/{Media-ID}', 'GET', 418);
    expect(teapot?.({ error: { message: 'x', type: 'OAuthException', code: 1 } })).toEqual([]);
    expect(responses.validator('/{Version}/nowhere', 'GET', 200)).toBeUndefined();
  });
});
