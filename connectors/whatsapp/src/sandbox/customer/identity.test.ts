import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWebhookPayload } from '../../webhook.js';
import {
  customer,
  phoneNumberId,
  startGraphHarness,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const text = (body: string) => ({ type: 'text', text: { body } });
const change = (waId: string, body: unknown) =>
  harness.call('POST', `/sandbox/customers/${waId}/identity`, body);
/** The system message of the last webhook, and what the connector reads from it. */
function lastSystemMessage() {
  const json = harness.inbox.received.at(-1)?.json as {
    entry: { changes: { value: { messages: Record<string, unknown>[]; contacts?: unknown } }[] }[];
  };
  return { value: json.entry[0]?.changes[0]?.value, events: parseWebhookPayload(json) };
}

describe('POST /sandbox/customers/{waId}/identity', () => {
  it('gives the customer a new BSUID, says so in a user_changed_user_id system message, and retires the old one', async () => {
    const { userId: before } = (await harness.customerSends(customer, { text: 'Hi', name: 'Sheena' })).json;
    const answer = await change(customer, { change: 'user_id' });
    const after = answer.json.webhooks[0].userId as string;
    expect(answer).toEqual({
      status: 200,
      json: {
        waId: customer,
        webhooks: [
          { phoneNumberId, previousUserId: before, userId: after, delivered: true, webhookStatus: 200 },
        ],
      },
    });
    expect(after).toMatch(/^US\.\d{20}$/);
    expect(after).not.toBe(before);
    const { value, events } = lastSystemMessage();
    expect(value).not.toHaveProperty('contacts');
    expect(value?.messages).toEqual([
      {
        id: expect.stringMatching(/^wamid\./),
        timestamp: expect.stringMatching(/^\d+$/),
        type: 'system',
        system: {
          body: `User Sheena changed from ${before} to ${after}`,
          user_id: after,
          previous_user_id: before,
          type: 'user_changed_user_id',
        },
      },
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'contact_identity',
        change: 'user_id',
        previous: { userId: before },
        current: { userId: after },
      }),
    ]);
    expect((await harness.send({ recipient: before, ...text('old id') })).json.error.code).toBe(131009);
    expect((await harness.send({ recipient: after, ...text('new id') })).status).toBe(200);
  });

  it('moves the customer to a new number: user_changed_number, with their conversation and window', async () => {
    const { userId: before } = (await harness.customerSends(customer, { text: 'Hi', name: 'Sheena' })).json;
    const answer = await change(customer, { change: 'number', newWaId: '12195555358' });
    expect(answer.json.waId).toBe('12195555358');
    const after = answer.json.webhooks[0].userId as string;
    const { value, events } = lastSystemMessage();
    expect(value?.messages).toEqual([
      expect.objectContaining({
        from: customer,
        type: 'system',
        system: {
          body: 'User Sheena changed from 16505551234 to 12195555358',
          wa_id: '12195555358',
          user_id: after,
          previous_user_id: before,
          type: 'user_changed_number',
        },
      }),
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'contact_identity',
        change: 'id',
        previous: { id: customer, userId: before },
        current: { id: '12195555358', userId: after },
      }),
    ]);
    const reply = await harness.send({ to: '12195555358', ...text('Welcome back') });
    await expect.poll(() => harness.statusesOf(reply.json.messages[0].id).length).toBe(3);
    const phone = (await harness.call('GET', '/sandbox/customers/12195555358/messages')).json.items;
    expect(phone.map((item: { text: string }) => item.text)).toEqual(['Hi', 'Welcome back']);
    expect((await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items).toEqual([]);
  });

  it('reports a number change of a customer who hides their number as a BSUID change only', async () => {
    await harness.customerSends(customer, { text: 'Hi', username: 'sheena', hidePhoneNumber: true });
    await change(customer, { change: 'number', newWaId: '12195555358' });
    const { value } = lastSystemMessage();
    const [message] = value?.messages ?? [];
    expect(message).not.toHaveProperty('from');
    expect(message?.system).toMatchObject({ type: 'user_changed_user_id' });
    expect(message?.system).not.toHaveProperty('wa_id');
  });

  it('refuses a change it cannot make, naming the field', async () => {
    await harness.customerSends(customer, { text: 'Hi' });
    await harness.customerSends('12195555358', { text: 'Me too' });
    const taken = await change(customer, { change: 'number', newWaId: '12195555358' });
    expect(taken.json.issues).toEqual([expect.objectContaining({ path: 'newWaId' })]);
    const same = await change(customer, { change: 'number', newWaId: customer });
    expect(same.json.issues).toEqual([expect.objectContaining({ path: 'newWaId' })]);
    const unregistered = await change(customer, { change: 'user_id', phoneNumberId: '400000000000002' });
    expect(unregistered.json.issues).toEqual([expect.objectContaining({ path: 'phoneNumberId' })]);
    expect((await change(customer, { change: 'username' })).status).toBe(400);
    const nobody = await change('15550001111', { change: 'user_id' });
    expect(nobody.json).toEqual({ waId: '15550001111', webhooks: [] });
  });
});
