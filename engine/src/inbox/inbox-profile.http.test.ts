import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { rolePermissions } from '@parley/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../app.module.js';
import type { Caller } from '../auth/caller.js';
import { newSecretToken, tokenHash } from '../auth/secret-tokens.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ErrorFilter } from '../infrastructure/http/error.filter.js';
import { registerBodyParsers } from '../infrastructure/http/fastify-setup.js';
import { createAccount, createConversation, createOrganisation, createUser } from '../testing/fixtures.js';
import { InboxEvents } from './inbox-events.service.js';
import type { InboxEvent } from '@parley/contracts';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

// Contact profiles, internal notes and canned replies through the engine itself (the API role).
describe('the inbox profile API', () => {
  let database: Database;
  let app: NestFastifyApplication;
  let organisationId: string;
  let account: AccountRef;
  const tokens: Record<'admin' | 'agent' | 'other', string> = { admin: '', agent: '', other: '' };
  const people: Record<'admin' | 'agent' | 'other', Caller> = {} as never;

  async function tokenFor(caller: Caller) {
    const token = newSecretToken('prl_');
    await database
      .sql()
      .insertInto('ApiToken')
      .values({
        id: randomUUID(),
        organisation: caller.organisationId,
        user: caller.userId,
        name: 'test',
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 8),
        scopes: [...rolePermissions[caller.role]],
        createdAt: new Date(),
      })
      .execute();
    return token;
  }

  const call = async (
    who: keyof typeof tokens,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {},
    };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    const config = parseConfig({
      DATA_DIR: '/tmp/parley-inbox-profile-http-test',
      PARLEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    config.PARLEY_ROLES = ['api'];
    const logger = pino({ level: 'silent' });
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, logger, database),
      new FastifyAdapter(),
      { bodyParser: false, logger: false },
    );
    registerBodyParsers(app.getHttpAdapter().getInstance());
    app.useGlobalFilters(new ErrorFilter(logger));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();

    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
    people.admin = await createUser(database, organisationId, 'admin', 'boss@example.test');
    people.agent = await createUser(database, organisationId, 'agent', 'aoi@example.test');
    people.other = await createUser(database, organisationId, 'agent', 'ben@example.test');
    for (const who of ['admin', 'agent', 'other'] as const) tokens[who] = await tokenFor(people[who]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('keeps a contact profile: language, normalised unique tags, notes', async () => {
    const { contactId } = await createConversation(database, account, { phone: '819000000001' });
    const patched = await call('agent', 'PATCH', `/api/contacts/${contactId}`, {
      language: 'ja',
      tags: [' VIP ', 'vip', 'ＶＩＰ', 'Repeat   Buyer'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: contactId, language: 'ja', tags: ['repeat buyer', 'vip'] });
    expect(
      (await call('agent', 'PATCH', `/api/contacts/${contactId}`, { language: 'not a language' })).status,
    ).toBe(400);
    expect((await call('agent', 'PATCH', `/api/contacts/${contactId}`, {})).status).toBe(400);
    const note = await call('agent', 'POST', `/api/contacts/${contactId}/notes`, {
      text: ' Prefers mornings ',
    });
    expect(note).toMatchObject({
      status: 201,
      body: { text: 'Prefers mornings', author: { id: people.agent.userId } },
    });
    const profile = await call('other', 'GET', `/api/contacts/${contactId}`);
    expect(profile.body).toMatchObject({
      platformId: '819000000001',
      language: 'ja',
      tags: ['repeat buyer', 'vip'],
      notes: [{ text: 'Prefers mornings' }],
    });
    // Tags replace the old ones; the list filter finds the contact by any spelling of a tag.
    await call('agent', 'PATCH', `/api/contacts/${contactId}`, { tags: ['vip'] });
    expect((await call('agent', 'GET', `/api/contacts/${contactId}`)).body.tags).toEqual(['vip']);
    const tagged = await call('agent', 'GET', '/api/conversations?tag=%EF%BC%B6IP');
    expect((tagged.body.items as { contact: { id: string } }[]).map((item) => item.contact.id)).toEqual([
      contactId,
    ]);
    expect((await call('agent', 'GET', `/api/contacts/${randomUUID()}`)).status).toBe(404);
  });

  it('keeps internal notes in the thread, pushed live, never sent to the customer', async () => {
    const { conversationId } = await createConversation(database, account, { phone: '819000000002' });
    const seen: InboxEvent[] = [];
    const stop = app.get(InboxEvents).subscribe(organisationId, (event) => seen.push(event));
    const messagesBefore = await database.sql().selectFrom('Message').select('id').execute();
    const outboxBefore = await database.sql().selectFrom('OutboxEntry').select('id').execute();
    const created = await call('agent', 'POST', `/api/conversations/${conversationId}/notes`, {
      text: 'Asked about a refund; checking with billing',
    });
    stop();
    expect(created).toMatchObject({
      status: 201,
      body: { conversationId, author: { id: people.agent.userId } },
    });
    expect(seen).toEqual([{ type: 'conversation_note.created', note: created.body }]);
    expect(await database.sql().selectFrom('Message').select('id').execute()).toEqual(messagesBefore);
    expect(await database.sql().selectFrom('OutboxEntry').select('id').execute()).toEqual(outboxBefore);
    const listed = await call('other', 'GET', `/api/conversations/${conversationId}/notes`);
    expect(listed.body.items).toEqual([created.body]);
    const messages = await call('other', 'GET', `/api/conversations/${conversationId}/messages`);
    expect(messages.body.items).toEqual([]);
    expect(
      (await call('agent', 'POST', `/api/conversations/${conversationId}/notes`, { text: '  ' })).status,
    ).toBe(400);
    expect(
      (await call('agent', 'POST', `/api/conversations/${randomUUID()}/notes`, { text: 'x' })).status,
    ).toBe(404);
  });

  it('lets admins keep canned replies and renders their variables for a conversation', async () => {
    const { conversationId, contactId } = await createConversation(database, account, {
      phone: '819000000003',
    });
    await database.sql().updateTable('Contact').set({ name: 'Sato' }).where('id', '=', contactId).execute();
    expect(
      (await call('agent', 'POST', '/api/canned-replies', { shortcut: 'hi', title: 'Hello', text: 'Hi' }))
        .status,
    ).toBe(403);
    const created = await call('admin', 'POST', '/api/canned-replies', {
      shortcut: 'thanks',
      title: 'Thank you',
      text: 'Thank you, {{contact.name}}! {{ agent.name }} here. {{order.id}}',
    });
    expect(created).toMatchObject({ status: 201, body: { shortcut: 'thanks' } });
    const id = created.body.id as string;
    expect(
      (await call('admin', 'POST', '/api/canned-replies', { shortcut: 'thanks', title: 'Again', text: 'x' }))
        .body.code,
    ).toBe('SHORTCUT_TAKEN');
    const rendered = await call(
      'agent',
      'POST',
      `/api/canned-replies/${id}/render?conversationId=${conversationId}`,
    );
    expect(rendered).toMatchObject({
      status: 201,
      body: { text: 'Thank you, Sato! aoi here. {{order.id}}', unknownVariables: ['order.id'] },
    });
    const updated = await call('admin', 'PUT', `/api/canned-replies/${id}`, {
      shortcut: 'thanks',
      title: 'Thanks',
      text: 'Thanks {{contact.name}}',
    });
    expect(updated.body).toMatchObject({ title: 'Thanks', text: 'Thanks {{contact.name}}' });
    expect((await call('agent', 'GET', '/api/canned-replies')).body.items).toMatchObject([
      { id, title: 'Thanks' },
    ]);
    expect((await call('admin', 'DELETE', `/api/canned-replies/${id}`)).status).toBe(200);
    expect((await call('agent', 'GET', `/api/canned-replies/${id}`)).status).toBe(404);
  });
});
