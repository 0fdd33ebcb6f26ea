import { randomInt } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditEntrySchema,
  channelAccountSchema,
  createdApiTokenSchema,
  issuedInvitationSchema,
  pageSchema,
  passwordResetLinkSchema,
} from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EngineClient, SandboxClient } from '../support/clients.js';
import { demoGreeting } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';

// The admin-only switch end to end, customers known only by a WhatsApp username, and what must
// never be written down in the clear: tokens in the database, secrets and message bodies in logs.

const running = useStack({ statusDelaysMs: '20,40,60' });
let stack: Stack;
let admin: EngineClient;
let sandbox: SandboxClient;
let accountId: string;

beforeAll(async () => {
  ({ stack, admin } = running);
  sandbox = new SandboxClient(stack.sandbox.url);
  const accounts = await admin.call(
    'GET',
    '/api/channel-accounts',
    z.object({ items: z.array(channelAccountSchema) }),
  );
  accountId = accounts.items.find((account) => account.platformAccountId === stack.phoneNumberId)!.id;
});

const customer = () => {
  const waId = `8180${randomInt(1e7, 9e7)}`;
  return { waId, name: `Customer ${waId}` };
};

async function thread(name: string) {
  const conversation = await expectEventually(async () => (await admin.conversationByContactName(name))!, {
    timeout: 30_000,
    description: `the conversation with ${name}`,
  });
  return { conversation, messages: await admin.messages(conversation.id) };
}

const setEnabled = (enabled: boolean) =>
  admin.call('PATCH', `/api/channel-accounts/${accountId}`, channelAccountSchema, { enabled });

describe('the switch', () => {
  it('off: every message is stored and nothing is sent; on again: new messages are answered, earlier ones are not', async () => {
    const off = await setEnabled(false);
    expect(off).toMatchObject({ enabled: false, disabledBy: { name: 'Demo Admin' } });
    const person = customer();
    const sent = await sandbox.sendAsCustomer(person.waId, 'Are you open while switched off?', person.name);
    expect(sent.webhookStatus).toBe(200);
    const stored = await thread(person.name);
    expect(stored.conversation.channelAccount).toMatchObject({ id: accountId, enabled: false });
    await expectConsistently(
      async () => {
        const { messages } = await thread(person.name);
        expect(messages.map((message) => message.direction)).toEqual(['inbound']);
        expect(
          (await sandbox.customerMessages(person.waId)).filter((m) => m.direction === 'outbound'),
        ).toEqual([]);
      },
      { duration: 4_000 },
    );

    await setEnabled(true);
    await sandbox.sendAsCustomer(person.waId, 'And now?', person.name);
    const answered = await expectEventually(
      async () => {
        const { messages } = await thread(person.name);
        expect(messages.map((message) => message.direction)).toEqual(['inbound', 'inbound', 'outbound']);
        // The first message the workflow sees opens its window: the demo's greeting answers it.
        expect(messages[2]?.text).toBe(demoGreeting);
        return messages;
      },
      { timeout: 60_000, description: 'the new message answered' },
    );
    await expectConsistently(
      async () => expect((await thread(person.name)).messages).toHaveLength(answered.length),
      { duration: 3_000 },
    );
    const audit = await admin.call('GET', '/api/audit-log', pageSchema(auditEntrySchema));
    const switched = audit.items
      .filter((entry) => entry.target.id === accountId)
      .map((entry) => entry.action);
    expect(switched.slice(0, 2)).toEqual(['channel_account.enabled', 'channel_account.disabled']);
    const disabled = audit.items.find((entry) => entry.action === 'channel_account.disabled');
    expect(disabled).toMatchObject({
      actor: { type: 'user', label: stack.admin.email },
      before: { enabled: true },
      after: { enabled: false },
    });
  }, 120_000);
});

describe('customers known by a username', () => {
  it('stores and answers a customer who hides their phone number, by their business-scoped user id', async () => {
    const person = customer();
    await sandbox.sendAsCustomer(person.waId, 'Username only here', {
      name: person.name,
      username: `user${person.waId.slice(-4)}`,
      hidePhoneNumber: true,
    });
    const { conversation } = await thread(person.name);
    expect(conversation.contact).toMatchObject({
      platformId: null,
      username: `user${person.waId.slice(-4)}`,
    });
    expect(conversation.contact.userId).toMatch(/^[A-Z]{2}\.\w+$/);
    await expectEventually(
      async () => {
        const phone = await sandbox.customerMessages(person.waId);
        expect(phone.filter((message) => message.direction === 'outbound')).toHaveLength(1);
      },
      { timeout: 60_000, description: 'the reply reaching the username-only customer' },
    );
    // Their next message, and one showing their number, stay in the same conversation.
    await sandbox.sendAsCustomer(person.waId, 'Now with my number', {
      name: person.name,
      hidePhoneNumber: false,
    });
    await expectEventually(
      async () =>
        expect((await thread(person.name)).messages.filter((m) => m.direction === 'inbound')).toHaveLength(2),
      { timeout: 30_000 },
    );
    // Still the same window: the greeting went once.
    await expectConsistently(
      async () =>
        expect((await thread(person.name)).messages.filter((m) => m.direction === 'outbound')).toHaveLength(
          1,
        ),
      { duration: 1_500 },
    );
    const again = await thread(person.name);
    expect(again.conversation.id).toBe(conversation.id);
    expect(again.conversation.contact).toMatchObject({
      id: conversation.contact.id,
      platformId: person.waId,
      userId: conversation.contact.userId,
    });
    expect((await admin.conversations()).filter((c) => c.contact.name === person.name)).toHaveLength(1);
  }, 120_000);

  it('keeps one contact when WhatsApp says their user id changed', async () => {
    const person = customer();
    await sandbox.sendAsCustomer(person.waId, 'Before the change', person.name);
    const before = await thread(person.name);
    const changed = await fetch(`${stack.sandbox.url}/sandbox/customers/${person.waId}/identity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ change: 'user_id' }),
    });
    expect(changed.status).toBeLessThan(300);
    await sandbox.sendAsCustomer(person.waId, 'After the change', {
      name: person.name,
      username: `changed${person.waId.slice(-4)}`,
      hidePhoneNumber: true,
    });
    await expectEventually(
      async () =>
        expect((await thread(person.name)).messages.filter((m) => m.direction === 'inbound')).toHaveLength(2),
      { timeout: 30_000 },
    );
    const after = await thread(person.name);
    expect(after.conversation.id).toBe(before.conversation.id);
    expect(after.conversation.contact.userId).not.toBe(before.conversation.contact.userId);
  }, 120_000);
});

describe('secrets', () => {
  it('keeps channel tokens sealed in the database and out of every log line', async () => {
    const secret = 'A message nobody may log: 秘密の合言葉';
    const person = customer();
    await sandbox.sendAsCustomer(person.waId, secret, person.name);
    await thread(person.name);
    const handshake = await fetch(
      `${stack.engine.url}/webhooks/whatsapp?${new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': stack.secrets.verifyToken, 'hub.challenge': '42' })}`,
    );
    expect(handshake.status).toBe(200);

    // The other secrets of people: an API token (used once), an invitation link, a reset link.
    const { token } = await admin.call('POST', '/api/api-tokens', createdApiTokenSchema, {
      name: 'log check',
      scopes: ['inbox:read'],
      expiresInDays: 1,
    });
    expect((await new EngineClient(stack.engine.url, token).raw('GET', '/api/conversations')).status).toBe(
      200,
    );
    const invitation = await admin.call('POST', '/api/invitations', issuedInvitationSchema, {
      email: `log-check-${randomInt(1e9)}@example.test`,
      role: 'agent',
    });
    const reset = await admin.call(
      'POST',
      `/api/users/${admin.session!.user.id}/password-reset-link`,
      passwordResetLinkSchema,
    );
    const linkToken = (link: string | null) =>
      new URL(link ?? 'http://x/?token=missing').searchParams.get('token')!;

    const stored = databaseText(stack);
    for (const value of [token, linkToken(invitation.link), linkToken(reset.link)])
      expect(stored.includes(value), 'a token stored in the clear').toBe(false);
    expect(stored).not.toContain(stack.secrets.accessToken);
    expect(stored).toMatch(/v1\.[\w-]+\.[\w-]+\.[\w-]+/);

    // Read once the engine has written the line of the last request above (the reset link).
    const logs = await expectEventually(
      () => {
        const text = readFileSync(join(stack.dataDir, 'logs', 'engine.log'), 'utf8');
        expect(text).toContain('/password-reset-link');
        return text;
      },
      { timeout: 10_000, description: 'the engine log up to the last request' },
    );
    expect(logs.length).toBeGreaterThan(1_000);
    for (const [what, value] of Object.entries({
      'the access token': stack.secrets.accessToken,
      'the app secret': stack.secrets.appSecret,
      'the verify token': stack.secrets.verifyToken,
      "the admin's password": stack.admin.password,
      'a message body': secret,
      "a customer's phone number": person.waId,
      'an API token': token,
      'an invitation link': linkToken(invitation.link),
      'a reset link': linkToken(reset.link),
      "the session's CSRF token": admin.session!.csrfToken,
    })) {
      expect(logs.includes(value), `${what} in the engine log`).toBe(false);
    }
    // Nor anything shaped like a token or a session cookie, whoever's it is.
    expect(logs).not.toMatch(/prl_[\w-]{16,}/);
    expect(logs).not.toMatch(/parley_session=/);
    expect(logs).not.toMatch(/[?&]token=[\w%-]{16,}/);
  }, 60_000);
});

/** Everything the engine's database holds, as text: the SQLite files, or a dump of PostgreSQL. */
function databaseText(stack: Stack): string {
  if (stack.databaseUrl)
    return execFileSync('pg_dump', ['--data-only', stack.databaseUrl], { encoding: 'utf8' });
  return ['parley.db', 'parley.db-wal']
    .map((file) => join(stack.dataDir, 'engine', file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}
