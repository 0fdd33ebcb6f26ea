import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { whatsappConnector } from '../../whatsapp.connector.js';
import {
  customer,
  phoneNumberId,
  secrets,
  startGraphHarness,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';
import { TYPING_INDICATOR_MS } from './typing-indicators.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const otherCustomer = '16505559876';
const typing = (messageId: string) => ({
  status: 'read',
  message_id: messageId,
  typing_indicator: { type: 'text' },
});

async function customerWrites(waId: string, text: string): Promise<string> {
  const answer = await harness.customerSends(waId, { text });
  expect(answer.status).toBe(201);
  return answer.json.id as string;
}

async function phone(waId = customer) {
  return (await harness.call('GET', `/sandbox/customers/${waId}/messages`)).json as {
    items: { id: string; readByBusiness?: boolean }[];
    businessTyping: boolean;
    businessTypingFrom: string[];
  };
}

describe('typing indicators', () => {
  it('shows the customer the business typing, and marks the message read, from the connector’s showTyping', async () => {
    const wamid = await customerWrites(customer, 'Is my order on its way?');
    expect(await phone()).toMatchObject({ businessTyping: false, businessTypingFrom: [] });
    const client = whatsappConnector.create(
      whatsappConnector.configSchema.parse({
        ...secrets,
        verifyToken: 'unused',
        apiBaseUrl: harness.sandbox.url,
      }),
    );
    await client.showTyping?.({ channelAccountId: phoneNumberId, platformMessageId: wamid, to: customer });
    expect(await phone()).toEqual({
      items: [expect.objectContaining({ id: wamid, readByBusiness: true })],
      businessTyping: true,
      businessTypingFrom: [phoneNumberId],
    });
    expect((await phone(otherCustomer)).businessTyping).toBe(false);
  });

  it('stops after 25 s on the sandbox clock', async () => {
    const wamid = await customerWrites(customer, 'Hello?');
    expect(await harness.send(typing(wamid))).toEqual({ status: 200, json: { success: true } });
    await harness.call('POST', '/sandbox/clock', { advanceMs: TYPING_INDICATOR_MS - 5_000 });
    expect((await phone()).businessTyping).toBe(true);
    await harness.call('POST', '/sandbox/clock', { advanceMs: 5_000 });
    expect(await phone()).toMatchObject({ businessTyping: false, businessTypingFrom: [] });
  });

  it('stops when the business’s message reaches that customer, and not for a message to another', async () => {
    const wamid = await customerWrites(customer, 'Hi');
    await customerWrites(otherCustomer, 'Hi too');
    await harness.send(typing(wamid));
    await harness.send({ to: otherCustomer, type: 'text', text: { body: 'Hello other' } });
    expect((await phone()).businessTyping).toBe(true);
    await harness.send({ to: customer, type: 'text', text: { body: 'On its way!' } });
    expect((await phone()).businessTyping).toBe(false);
    // Typing again shows it again.
    await harness.send(typing(wamid));
    expect((await phone()).businessTyping).toBe(true);
  });

  it('keeps showing while a message fails before reaching the customer (window closed, 131047)', async () => {
    const wamid = await customerWrites(customer, 'Hi');
    await harness.call('POST', '/sandbox/clock', { advanceMs: 24 * 60 * 60 * 1000 + 1 });
    await harness.send(typing(wamid));
    const late = await harness.send({ to: customer, type: 'text', text: { body: 'Too late' } });
    expect(late.status).toBe(200);
    expect((await phone()).businessTyping).toBe(true);
    await expect
      .poll(() => harness.statusesOf(late.json.messages[0].id as string).length, { timeout: 5_000 })
      .toBe(1);
  });

  it('refuses a typing indicator of another type, like Meta, changing nothing', async () => {
    const wamid = await customerWrites(customer, 'Hi');
    for (const indicator of [{ type: 'audio' }, {}, 'text', null]) {
      const answer = await harness.send({ status: 'read', message_id: wamid, typing_indicator: indicator });
      expect(answer.status, JSON.stringify(indicator)).toBe(400);
      expect(answer.json.error).toMatchObject({ code: 100, message: '(#100) Invalid parameter' });
      expect(answer.json.error.error_data.details).toContain('typing_indicator');
    }
    expect(await phone()).toMatchObject({
      items: [{ id: wamid, readByBusiness: false }],
      businessTyping: false,
    });
  });
});

describe('read receipts', () => {
  it('mark the message and every earlier one from the customer read, not later ones', async () => {
    const first = await customerWrites(customer, 'One');
    const second = await customerWrites(customer, 'Two');
    const third = await customerWrites(customer, 'Three');
    expect(await harness.send({ status: 'read', message_id: second })).toEqual({
      status: 200,
      json: { success: true },
    });
    const read = (await phone()).items.map((item) => [item.id, item.readByBusiness]);
    expect(read).toEqual([
      [first, true],
      [second, true],
      [third, false],
    ]);
    expect((await phone()).businessTyping).toBe(false);
  });
});
