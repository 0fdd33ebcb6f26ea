import { afterEach, describe, expect, it } from 'vitest';
import { parseWebhookPayload } from '../../webhook.js';
import { customer, startGraphHarness, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness | undefined;
afterEach(async () => harness?.close());

const text = (body: string) => ({ type: 'text', text: { body } });
const hiddenCustomer = '819012345678';

async function start(overrides: Parameters<typeof startGraphHarness>[0] = {}) {
  harness = await startGraphHarness(overrides);
  return harness;
}

/** The webhook value carrying the message the customer just sent. */
async function valueOf(h: GraphHarness, wamid: string) {
  const values = await h.changes('messages', 1);
  return values.find((value) =>
    (value.messages as { id: string }[] | undefined)?.some((m) => m.id === wamid),
  );
}

async function finalStatuses(h: GraphHarness, wamid: string, count: number) {
  await expect.poll(() => h.statusesOf(wamid).length, { timeout: 5_000 }).toBe(count);
  return h.statusesOf(wamid);
}

describe('business-scoped user ids', () => {
  it('gives each customer one BSUID per business portfolio, prefixed by their country', async () => {
    const h = await start();
    const register = (id: string) =>
      h.graph('POST', `/${id}/register`, { messaging_product: 'whatsapp', pin: '123456' });
    await register('400000000000003'); // another number of the same business
    await register('400000000000004'); // Sakura Cafe, another business portfolio
    const userIdAt = async (phoneNumberId?: string) =>
      (
        await h.customerSends(hiddenCustomer, {
          text: 'こんにちは',
          ...(phoneNumberId ? { phoneNumberId } : {}),
        })
      ).json.userId as string;
    const home = await userIdAt();
    expect(home).toMatch(/^JP\.\d{20}$/);
    expect(await userIdAt()).toBe(home);
    expect(await userIdAt('400000000000003')).toBe(home);
    const elsewhere = await userIdAt('400000000000004');
    expect(elsewhere).toMatch(/^JP\.\d{20}$/);
    expect(elsewhere).not.toBe(home);
    expect((await h.customerSends(customer, { text: 'Hi' })).json.userId).toMatch(/^US\.\d{20}$/);
  });

  it('hides the number of a username-only customer, keeping the username for later messages', async () => {
    const h = await start();
    const noUsername = await h.customerSends(hiddenCustomer, { text: 'hi', hidePhoneNumber: true });
    expect(noUsername.status).toBe(400);
    expect(noUsername.json.issues).toEqual([expect.objectContaining({ path: 'hidePhoneNumber' })]);
    const badUsername = await h.customerSends(hiddenCustomer, { text: 'hi', username: '@Sheena' });
    expect(badUsername.json.issues).toEqual([expect.objectContaining({ path: 'username' })]);

    const sent = await h.customerSends(hiddenCustomer, {
      text: 'Does it come in another color?',
      name: 'Sheena Nelson',
      username: 'realsheenanelson',
      hidePhoneNumber: true,
    });
    const value = await valueOf(h, sent.json.id);
    expect(value?.contacts).toEqual([
      { profile: { name: 'Sheena Nelson', username: 'realsheenanelson' }, user_id: sent.json.userId },
    ]);
    const [message] = value?.messages as Record<string, unknown>[];
    expect(message).not.toHaveProperty('from');
    expect(message?.from_user_id).toBe(sent.json.userId);
    const later = await h.customerSends(hiddenCustomer, { text: 'Hello?' });
    expect((await valueOf(h, later.json.id))?.contacts).toEqual(value?.contacts);
    const [event] = parseWebhookPayload(h.inbox.received.at(-1)?.json);
    expect(event).toMatchObject({
      kind: 'message',
      contact: { userId: sent.json.userId, username: 'realsheenanelson', name: 'Sheena Nelson' },
    });
    expect(event?.kind === 'message' && event.contact.id).toBe(undefined);
  });

  it('sends to a BSUID as `recipient`, naming the customer in statuses as Meta does', async () => {
    const h = await start();
    const inbound = await h.customerSends(hiddenCustomer, {
      text: 'Hi',
      name: 'Pablo M.',
      username: 'pablomorales',
      hidePhoneNumber: true,
    });
    const userId = inbound.json.userId as string;
    const answer = await h.send({ recipient: userId, ...text('Yes, in red') });
    expect(answer).toEqual({
      status: 200,
      json: {
        messaging_product: 'whatsapp',
        contacts: [{ input: userId, user_id: userId }],
        messages: [{ id: expect.stringMatching(/^wamid\./) }],
      },
    });
    const wamid = answer.json.messages[0].id as string;
    const [sent, delivered, read] = await finalStatuses(h, wamid, 3);
    for (const status of [sent, delivered, read]) {
      expect(status).not.toHaveProperty('recipient_id');
      expect(status?.recipient_user_id).toBe(userId);
    }
    const contactsOf = (status: string) =>
      (
        h.inbox.received
          .map(
            (webhook) =>
              (webhook.json as { entry: { changes: { value: Record<string, unknown> }[] }[] }).entry[0],
          )
          .map((entry) => entry?.changes[0]?.value)
          .find((value) =>
            (value?.statuses as { id: string; status: string }[] | undefined)?.some(
              (s) => s.id === wamid && s.status === status,
            ),
          ) ?? {}
      ).contacts;
    expect(contactsOf('sent')).toEqual([{ profile: { name: 'Pablo M.' }, user_id: userId }]);
    expect(contactsOf('read')).toEqual([
      { profile: { name: 'Pablo M.', username: 'pablomorales' }, user_id: userId },
    ]);
    const phone = (await h.call('GET', `/sandbox/customers/${hiddenCustomer}/messages`)).json.items;
    expect(phone.map((item: { text: string }) => item.text)).toEqual(['Hi', 'Yes, in red']);
  });

  it('lets `to` win when both are given, and refuses a BSUID it does not know', async () => {
    const h = await start();
    const { userId } = (await h.customerSends(customer, { text: 'Hi' })).json as { userId: string };
    const both = await h.send({ to: customer, recipient: userId, ...text('To the phone') });
    expect(both.json.contacts).toEqual([{ input: customer, wa_id: customer }]);
    const [sent] = await finalStatuses(h, both.json.messages[0].id, 3);
    expect(sent).toMatchObject({ recipient_id: customer, recipient_user_id: userId });
    for (const unknown of [
      'US.12345678901234567890',
      userId.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
    ]) {
      const refused = await h.send({ recipient: unknown, ...text('Anyone?') });
      expect(refused.status).toBe(400);
      expect(refused.json.error).toMatchObject({
        code: 131009,
        error_data: { details: expect.stringContaining(unknown) },
      });
    }
    expect((await h.send({ recipient: 'not-a-bsuid', ...text('x') })).json.error.code).toBe(100);
  });

  it('keeps the service window and the pair rate for BSUID recipients', async () => {
    const h = await start({ pairRate: { burst: 2, windowMs: 60_000 } });
    const write = async (waId: string) =>
      (await h.customerSends(waId, { text: 'Hi', username: 'aiko', hidePhoneNumber: true })).json
        .userId as string;
    const userId = await write(hiddenCustomer);
    expect((await h.send({ recipient: userId, ...text('one') })).status).toBe(200);
    expect((await h.send({ recipient: userId, ...text('two') })).status).toBe(200);
    expect((await h.send({ recipient: userId, ...text('three') })).json.error.code).toBe(131056);

    const quiet = await write('819000000001');
    await h.call('POST', '/sandbox/clock', { advanceMs: 25 * 60 * 60 * 1000 });
    const late = await h.send({ recipient: quiet, ...text('Still there?') });
    expect(late.status).toBe(200);
    const [failed] = await finalStatuses(h, late.json.messages[0].id, 1);
    expect(failed).toMatchObject({ status: 'failed', recipient_user_id: quiet, errors: [{ code: 131047 }] });
    expect(failed).not.toHaveProperty('recipient_id');
    const failedValue = (await h.changes('messages', 1)).find((value) =>
      (value.statuses as { status: string }[] | undefined)?.some((status) => status.status === 'failed'),
    );
    expect(failedValue).not.toHaveProperty('contacts');
  });
});
