import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customer, startGraphHarness, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

const text = (body: string) => ({ to: customer, type: 'text', text: { body } });
const helloWorld = {
  to: customer,
  type: 'template',
  template: { name: 'hello_world', language: { code: 'en_US' } },
};
const day = 24 * 60 * 60 * 1000;

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

async function finalStatuses(wamid: string, count: number) {
  await expect.poll(() => harness.statusesOf(wamid).length, { timeout: 5_000 }).toBe(count);
  return harness.statusesOf(wamid);
}

describe('the 24-hour customer service window', () => {
  it('accepts a free-form message to a customer who never wrote, then fails it with 131047', async () => {
    const answer = await harness.send(text('Hello?'));
    expect(answer.status).toBe(200);
    const wamid = answer.json.messages[0].id as string;
    const [failed] = await finalStatuses(wamid, 1);
    expect(failed).toEqual({
      id: wamid,
      status: 'failed',
      timestamp: expect.stringMatching(/^\d+$/),
      recipient_id: customer,
      errors: [
        {
          code: 131047,
          title: 'Re-engagement message',
          message: 'Re-engagement message',
          error_data: { details: expect.stringContaining('24 hours') },
          href: expect.any(String),
        },
      ],
    });
    expect((await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items).toEqual([]);
    expect(
      (await harness.call('GET', '/sandbox/outbound')).json.items.map((item: { id: string }) => item.id),
    ).toEqual([wamid]);
  });

  it('delivers free-form messages inside the window, free, with the conversation expiring a day after the customer wrote', async () => {
    await harness.customerSends(customer, { text: 'Hi there' });
    const wamid = (await harness.send(text('Hello!'))).json.messages[0].id as string;
    const statuses = await finalStatuses(wamid, 3);
    expect(statuses.map((status) => status.status)).toEqual(['sent', 'delivered', 'read']);
    const pricing = {
      billable: false,
      pricing_model: 'PMP',
      category: 'service',
      type: 'free_customer_service',
    };
    for (const status of statuses) expect(status.pricing).toEqual(pricing);
    const [sent, delivered] = statuses as {
      conversation: { id: string; expiration_timestamp?: string; origin: unknown };
    }[];
    expect(sent?.conversation).toEqual({
      id: expect.any(String),
      expiration_timestamp: expect.any(String),
      origin: { type: 'service' },
    });
    expect(Number(sent?.conversation.expiration_timestamp) * 1000 - Date.now()).toBeGreaterThan(day - 60_000);
    expect(delivered?.conversation).toEqual({ id: sent?.conversation.id, origin: { type: 'service' } });
  });

  it('closes 24 hours after the last inbound message (outbound messages do not extend it)', async () => {
    await harness.customerSends(customer, { text: 'Hi' });
    await harness.call('POST', '/sandbox/clock', { advanceMs: day - 60_000 });
    const inside = (await harness.send(text('Still here'))).json.messages[0].id as string;
    await harness.call('POST', '/sandbox/clock', { advanceMs: 120_000 });
    const outside = (await harness.send(text('Too late'))).json.messages[0].id as string;
    expect((await finalStatuses(inside, 3)).at(-1)?.status).toBe('read');
    expect((await finalStatuses(outside, 1))[0]).toMatchObject({
      status: 'failed',
      errors: [{ code: 131047 }],
    });
    await harness.customerSends(customer, { text: 'Back again' });
    const reopened = (await harness.send(text('Welcome back'))).json.messages[0].id as string;
    expect((await finalStatuses(reopened, 3)).map((status) => status.status)).toEqual([
      'sent',
      'delivered',
      'read',
    ]);
  });

  it('lets approved templates through any time, billed by category outside the window and free for utility inside it', async () => {
    const outside = await harness.send(helloWorld);
    expect(outside.json.messages).toEqual([
      { id: expect.stringMatching(/^wamid\./), message_status: 'accepted' },
    ]);
    const [paid] = await finalStatuses(outside.json.messages[0].id, 3);
    expect(paid).toMatchObject({
      pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
      conversation: { origin: { type: 'utility' } },
    });
    await harness.customerSends(customer, { text: 'Thanks' });
    const inside = (await harness.send(helloWorld)).json.messages[0].id as string;
    const [free] = await finalStatuses(inside, 3);
    expect(free?.pricing).toEqual({
      billable: false,
      pricing_model: 'PMP',
      category: 'utility',
      type: 'free_customer_service',
    });
    const phone = (await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items;
    expect(
      phone
        .filter((item: { type: string }) => item.type === 'template')
        .map((item: { text: string }) => item.text),
    ).toEqual([
      expect.stringContaining('Welcome and congratulations'),
      expect.stringContaining('Welcome and congratulations'),
    ]);
  });

  it('can assume an open window for customers it never saw (benchmarks posting straight to the engine)', async () => {
    await harness.close();
    harness = await startGraphHarness({ assumeOpenWindow: true });
    const unseen = (await harness.send(text('Hello stranger'))).json.messages[0].id as string;
    expect((await finalStatuses(unseen, 3))[0]?.pricing).toMatchObject({
      billable: false,
      category: 'service',
    });
    await harness.customerSends(customer, { text: 'Hi' });
    await harness.call('POST', '/sandbox/clock', { advanceMs: day + 1 });
    const seen = (await harness.send(text('Too late for you'))).json.messages[0].id as string;
    expect((await finalStatuses(seen, 1))[0]).toMatchObject({ status: 'failed', errors: [{ code: 131047 }] });
  });

  it('makes everything free for 72 hours after a click-to-WhatsApp ad', async () => {
    await harness.customerSends(customer, { text: 'Saw your ad', referral: { headline: 'Summer sale' } });
    const reply = (await harness.send(text('Thanks for writing!'))).json.messages[0].id as string;
    const replied = await finalStatuses(reply, 3);
    expect(replied.map((status) => status.status)).toEqual(['sent', 'delivered', 'read']);
    expect(replied[0]?.pricing).toMatchObject({ billable: false, type: 'free_entry_point' });
    await harness.call('POST', '/sandbox/clock', { advanceMs: 2 * day });
    const template = (await harness.send(helloWorld)).json.messages[0].id as string;
    const [sent] = await finalStatuses(template, 3);
    expect(sent).toMatchObject({
      pricing: { billable: false, category: 'referral_conversion', type: 'free_entry_point' },
      conversation: { origin: { type: 'referral_conversion' } },
    });
    // The entry point window makes messages free, not free-form ones allowed: that needs the
    // 24-hour customer service window (Meta's pricing guide; BSPs say the same).
    const freeForm = (await harness.send(text('Still interested?'))).json.messages[0].id as string;
    expect((await finalStatuses(freeForm, 1))[0]).toMatchObject({
      status: 'failed',
      errors: [{ code: 131047 }],
    });
  });
});

describe('templates that cannot be sent', () => {
  const template = (name: string, extra: Record<string, unknown> = {}) => ({
    to: customer,
    type: 'template',
    template: { name, language: { code: 'en_US' }, ...extra },
  });

  it('answers 132001 for a missing template or language, 132000 for a wrong parameter count', async () => {
    const missing = await harness.send(template('no_such_template'));
    expect(missing).toMatchObject({ status: 400, json: { error: { code: 132001, type: 'OAuthException' } } });
    expect(missing.json.error.error_data.details).toBe(
      'template name (no_such_template) does not exist in en_US',
    );
    const otherLanguage = await harness.send({
      ...helloWorld,
      template: { name: 'hello_world', language: { code: 'ja' } },
    });
    expect(otherLanguage.json.error.code).toBe(132001);
    const extra = await harness.send(
      template('hello_world', {
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Sam' }] }],
      }),
    );
    expect(extra).toMatchObject({ status: 400, json: { error: { code: 132000 } } });
    expect(extra.json.error.error_data.details).toBe(
      'body: number of localizable_params (1) does not match the expected number of params (0)',
    );
    expect(harness.sandbox.store.outboundSince(undefined)).toEqual([]);
  });

  it('answers 132015 while paused, 132016 once disabled, and 132001 while pending', async () => {
    const list = await harness.graph('GET', '/100000000000000/message_templates?name=hello_world');
    const id = list.json.data[0].id as string;
    await harness.call('POST', `/sandbox/templates/${id}/status`, { event: 'PAUSED' });
    expect((await harness.send(helloWorld)).json.error.code).toBe(132015);
    await harness.call('POST', `/sandbox/templates/${id}/status`, { event: 'DISABLED' });
    expect((await harness.send(helloWorld)).json.error.code).toBe(132016);
    const created = await harness.graph('POST', '/100000000000000/message_templates', {
      name: 'order_ready',
      language: 'en_US',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Your order is ready for pickup.' }],
    });
    expect(created.json.status).toBe('PENDING');
    expect((await harness.send(template('order_ready'))).json.error.code).toBe(132001);
  });
});
