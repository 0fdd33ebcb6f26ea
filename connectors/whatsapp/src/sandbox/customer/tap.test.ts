import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customer, startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
  await harness.customerSends(customer, { text: 'Hi' });
});
afterEach(async () => harness.close());

async function sent(body: Record<string, unknown>): Promise<string> {
  const answer = await harness.send({ to: customer, ...body });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json.messages[0].id as string;
}

/** wamids are base64 (`+`, `/`): they go into the path URL-encoded. */
const tap = (wamid: string, body: unknown) =>
  harness.call('POST', `/sandbox/customers/${customer}/messages/${encodeURIComponent(wamid)}/tap`, body);

async function lastMessage(): Promise<Record<string, unknown>> {
  const values = await harness.changes('messages', 1);
  const messages = values.flatMap((value) => (value.messages as Record<string, unknown>[] | undefined) ?? []);
  return messages.at(-1) as Record<string, unknown>;
}

describe('POST /sandbox/customers/{waId}/messages/{wamid}/tap', () => {
  it('taps a reply button: an interactive button_reply quoting the message', async () => {
    const wamid = await sent({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Confirm your booking?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
            { type: 'reply', reply: { id: 'no', title: 'No' } },
          ],
        },
      },
    });
    const answer = await tap(wamid, { buttonId: 'no' });
    expect(answer).toMatchObject({ status: 201, json: { delivered: true } });
    expect(await lastMessage()).toEqual({
      context: { from: '15550100', id: wamid },
      from: customer,
      from_user_id: answer.json.userId,
      id: answer.json.id,
      timestamp: expect.any(String),
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'no', title: 'No' } },
    });
    expect((await tap(wamid, { buttonId: 'maybe' })).json.issues[0].message).toContain('has no button maybe');
  });

  it('taps a list row: a list_reply with its description', async () => {
    const wamid = await sent({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick a delivery' },
        action: {
          button: 'Options',
          sections: [
            {
              title: 'Speed',
              rows: [
                { id: 'express', title: 'Express', description: 'Next day' },
                { id: 'standard', title: 'Standard' },
              ],
            },
          ],
        },
      },
    });
    await tap(wamid, { rowId: 'express' });
    expect((await lastMessage()).interactive).toEqual({
      type: 'list_reply',
      list_reply: { id: 'express', title: 'Express', description: 'Next day' },
    });
  });

  it('taps a template quick reply: a button message with the payload sent', async () => {
    const created = await harness.graph('POST', `/${wabaId}/message_templates`, {
      name: 'delivery_update',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'BODY', text: 'Your parcel arrives tomorrow.' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'QUICK_REPLY', text: 'Reschedule' },
            { type: 'QUICK_REPLY', text: 'Stop updates' },
          ],
        },
      ],
    });
    await expect
      .poll(async () => (await harness.graph('GET', `/${created.json.id}`)).json.status)
      .toBe('APPROVED');
    const wamid = await sent({
      type: 'template',
      template: {
        name: 'delivery_update',
        language: { code: 'en_US' },
        components: [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'STOP-42' }],
          },
        ],
      },
    });
    await tap(wamid, { buttonId: 'Stop updates' });
    expect(await lastMessage()).toMatchObject({
      type: 'button',
      button: { payload: 'STOP-42', text: 'Stop updates' },
      context: { id: wamid },
    });
    await tap(wamid, { buttonId: '0' });
    expect((await lastMessage()).button).toEqual({ payload: 'Reschedule', text: 'Reschedule' });
  });

  it('only taps messages the customer received', async () => {
    const text = await sent({ type: 'text', text: { body: 'No buttons here' } });
    expect((await tap(text, { buttonId: 'x' })).status).toBe(400);
    expect((await tap('wamid.unknown', { buttonId: 'x' })).status).toBe(404);
    expect(
      (
        await harness.call(
          'POST',
          `/sandbox/customers/19995550000/messages/${encodeURIComponent(text)}/tap`,
          { buttonId: 'x' },
        )
      ).status,
    ).toBe(404);
    expect((await tap(text, { buttonId: 'x', rowId: 'y' })).status).toBe(400);
  });
});
