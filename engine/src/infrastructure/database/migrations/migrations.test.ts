import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../orm.config.js';
import { openTestDatabase } from '../test-database.js';
import { createAccount, createConversation, createOrganisation } from '../../../testing/fixtures.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('produce exactly the schema the entities describe', async () => {
    const drift = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  it('are recorded as applied, so a restart applies nothing', async () => {
    expect(await database.orm.migrator.getPending()).toEqual([]);
    const executed = await database.orm.migrator.getExecuted();
    expect(executed.map((migration) => migration.name)).toEqual([
      '0001-initial',
      '0002-message-content-and-media',
      '0003-organisations',
      '0004-templates',
      '0005-conversation-window',
      '0006-credits',
      '0007-routing',
      '0008-inbox',
      '0009-flows',
    ]);
  });
});

describe('0003-organisations on a database an earlier version filled', () => {
  let legacy: Awaited<ReturnType<typeof openTestDatabase>>;
  afterEach(() => legacy.close());

  it('keeps every conversation, message, status, media file and pending outbox row, under one organisation', async () => {
    legacy = await openTestDatabase({ migrateTo: '0002-message-content-and-media' });
    const c = legacy.orm.em.getConnection();
    const at = new Date('2026-11-20T10:00:00.000Z').toISOString();
    const [whatsapp, telegram] = [
      '11111111-1111-4111-8111-111111111111',
      '22222222-2222-4222-8222-222222222222',
    ];
    await c.execute(
      `insert into conversations (id, channel, channel_account_id, contact_id, contact_name, last_message_at, last_message_preview, last_inbound_at, created_at, updated_at) values ('${whatsapp}', 'whatsapp', '100000000000001', '819012345678', 'Sato', '${at}', 'hi', '${at}', '${at}', '${at}'), ('${telegram}', 'telegram', '7000001', '424242', 'Yuki', '${at}', 'yo', '${at}', '${at}', '${at}')`,
    );
    await c.execute(
      `insert into messages (id, conversation_id, direction, type, text, status, platform_message_id, idempotency_key, created_at, status_updated_at, content) values ('33333333-3333-4333-8333-333333333333', '${whatsapp}', 'inbound', 'image', 'cap', 'received', 'wamid.A', null, '${at}', '${at}', null), ('44444444-4444-4444-8444-444444444444', '${whatsapp}', 'outbound', 'text', 'ok', 'read', 'wamid.B', 'auto-reply:x', '${at}', '${at}', null)`,
    );
    await c.execute(
      `insert into status_events (platform_message_id, status, occurred_at, received_at) values ('wamid.B', 'read', '${at}', '${at}'), ('wamid.NEVER-STORED', 'sent', '${at}', '${at}')`,
    );
    await c.execute(
      `insert into media (id, message_id, channel, platform_media_id, state, attempts, available_at, created_at) values ('55555555-5555-4555-8555-555555555555', '33333333-3333-4333-8333-333333333333', 'whatsapp', 'm1', 'pending', 0, '${at}', '${at}')`,
    );
    await c.execute(
      `insert into outbox (workflow_id, payload, created_at, available_at, attempts) values ('conversation:whatsapp:100000000000001:819012345678', '{"messageId":"33333333-3333-4333-8333-333333333333","conversationId":"${whatsapp}","occurredAt":"${at}"}', '${at}', '${at}', 0)`,
    );

    await migrate(legacy.orm);

    expect((await legacy.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    const sql = legacy.sql();
    const [organisation, ...others] = await sql.selectFrom('Organisation').selectAll().execute();
    expect(others).toEqual([]);
    expect(organisation).toMatchObject({ name: 'Parley', plan: 'premium' });
    const accounts = await sql.selectFrom('ChannelAccount').selectAll().orderBy('channel', 'desc').execute();
    expect(
      accounts.map((row) => [
        row.channel,
        row.platformAccountId,
        Boolean(row.enabled),
        row.disconnectedAt !== null,
      ]),
    ).toEqual([
      ['whatsapp', '100000000000001', false, true],
      ['telegram', '7000001', false, true],
    ]);
    const conversations = await sql
      .selectFrom('Conversation')
      .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
      .select(['Conversation.id', 'Conversation.organisation', 'Contact.platformId', 'Contact.name'])
      .orderBy('Conversation.id')
      .execute();
    expect(conversations).toEqual([
      { id: whatsapp, organisation: organisation?.id, platformId: '819012345678', name: 'Sato' },
      { id: telegram, organisation: organisation?.id, platformId: '424242', name: 'Yuki' },
    ]);
    // 0005: the WhatsApp conversation's window runs 24 hours from the customer's last message.
    const windows = await sql
      .selectFrom('Conversation')
      .select(['id', 'windowExpiresAt'])
      .orderBy('id')
      .execute();
    expect(
      windows.map((row) => (row.windowExpiresAt ? new Date(row.windowExpiresAt).toISOString() : null)),
    ).toEqual(['2026-11-21T10:00:00.000Z', null]);
    const messages = await sql
      .selectFrom('Message')
      .select(['id', 'organisation', 'channelAccount'])
      .execute();
    expect(messages).toHaveLength(2);
    expect(new Set(messages.map((row) => row.channelAccount))).toEqual(new Set([accounts[0]?.id]));
    expect(await sql.selectFrom('StatusEvent').select('platformMessageId').execute()).toEqual([
      { platformMessageId: 'wamid.B' },
    ]);
    expect(await sql.selectFrom('Media').select(['id', 'channelAccount']).execute()).toEqual([
      { id: '55555555-5555-4555-8555-555555555555', channelAccount: accounts[0]?.id },
    ]);
    // The rebuilt messages table takes the held status, and its media still point at it.
    await sql.updateTable('Message').set({ status: 'held' }).where('id', '=', messages[0]!.id).execute();
    if (!process.env.PARLEY_TEST_DATABASE_URL)
      expect(await legacy.orm.em.getConnection().execute('pragma foreign_key_check')).toEqual([]);
    const [entry] = await sql.selectFrom('OutboxEntry').selectAll().execute();
    const contact = await sql
      .selectFrom('Contact')
      .select('id')
      .where('platformId', '=', '819012345678')
      .executeTakeFirstOrThrow();
    expect(entry?.workflowId).toBe(`conversation:${accounts[0]?.id}:${contact.id}`);
  });

  it('adds nothing to an empty database', async () => {
    legacy = await openTestDatabase({ migrateTo: '0002-message-content-and-media' });
    await migrate(legacy.orm);
    expect(await legacy.sql().selectFrom('Organisation').selectAll().execute()).toEqual([]);
  });
});

describe('0004-templates on a database an earlier version filled', () => {
  let legacy: Awaited<ReturnType<typeof openTestDatabase>>;
  afterEach(() => legacy.close());

  const organisationId = '66666666-6666-4666-8666-666666666666';
  const importedAt = '2026-11-20T10:00:00.000Z';
  const updatedAt = '2026-11-25T08:30:00.000Z';
  const helloWorld = [
    { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
    { type: 'BODY', text: 'Welcome and congratulations!!' },
  ];
  const legacyTemplate = (
    id: string,
    platformId: string,
    name: string,
    language: string,
    status: string,
    at: string,
  ) =>
    `('${id}', '${organisationId}', '100000000000000', '${platformId}', '${name}', '${language}', 'UTILITY', '${status}', '${JSON.stringify(helloWorld)}', '${importedAt}', '${at}')`;
  const fillLegacy = async (rows: string[]) => {
    legacy = await openTestDatabase({ migrateTo: '0003-organisations' });
    const c = legacy.orm.em.getConnection();
    await c.execute(
      `insert into organisations (id, name, plan, created_at, updated_at) values ('${organisationId}', 'Parley', 'premium', '${importedAt}', '${importedAt}')`,
    );
    await c.execute(
      `insert into message_templates (id, organisation_id, waba_id, platform_template_id, name, language, category, status, components, imported_at, updated_at) values ${rows.join(', ')}`,
    );
  };

  it('keeps an imported template, marked imported and enabled, with no edits and synced when last updated', async () => {
    const id = '77777777-7777-4777-8777-777777777777';
    await fillLegacy([legacyTemplate(id, '900001', 'hello_world', 'en_US', 'APPROVED', updatedAt)]);

    await migrate(legacy.orm);

    expect((await legacy.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    const sql = legacy.sql();
    const [row, ...others] = await sql.selectFrom('MessageTemplate').selectAll().execute();
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      id,
      organisation: organisationId,
      wabaId: '100000000000000',
      platformTemplateId: '900001',
      name: 'hello_world',
      language: 'en_US',
      category: 'UTILITY',
      status: 'APPROVED',
      statusReason: null,
      previousCategory: null,
      upcomingCategory: null,
      components: helloWorld,
      content: null,
      pendingSubmission: null,
      origin: 'imported',
      group: null,
      headerFile: null,
      approvedEdits: [],
      createdBy: null,
    });
    expect(Boolean(row?.enabled)).toBe(true);
    expect(new Date(row!.syncedAt!).toISOString()).toBe(updatedAt);
    expect(new Date(row!.importedAt).toISOString()).toBe(importedAt);

    // what templates need now works on the migrated table: a template WhatsApp has no id for yet, its timeline
    const now = new Date();
    await sql
      .insertInto('MessageTemplate')
      .values({
        ...row!,
        id: '88888888-8888-4888-8888-888888888888',
        platformTemplateId: null,
        name: 'order_update',
        origin: 'parley',
        status: 'SUBMITTING',
        importedAt: now,
        updatedAt: now,
        syncedAt: null,
      })
      .execute();
    await sql
      .insertInto('TemplateEvent')
      .values({
        id: '99999999-9999-4999-8999-999999999999',
        organisation: organisationId,
        template: id,
        eventKey: 'k',
        kind: 'status',
        status: 'APPROVED',
        reason: null,
        category: null,
        previousCategory: null,
        source: 'sync',
        actor: null,
        detail: null,
        occurredAt: now,
      })
      .execute();
    expect(await sql.selectFrom('TemplateEvent').select('template').execute()).toEqual([{ template: id }]);
  });

  it('keeps one template per name and language where an earlier version imported a deleted one and its successor', async () => {
    // Earlier versions never removed an imported template: one deleted on WhatsApp and created again
    // under its name (after the 30-day hold) was imported a second time with its new id.
    const [gone, current, deletedToo, other] = [
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
      'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
    ];
    await fillLegacy([
      legacyTemplate(gone, '900001', 'promo', 'en_US', 'APPROVED', '2026-01-10T00:00:00.000Z'),
      legacyTemplate(current, '900002', 'promo', 'en_US', 'APPROVED', updatedAt),
      legacyTemplate(deletedToo, '900003', 'promo', 'en_US', 'DELETED', '2026-11-26T00:00:00.000Z'),
      legacyTemplate(other, '900004', 'promo', 'ja', 'APPROVED', '2026-01-10T00:00:00.000Z'),
    ]);

    await migrate(legacy.orm);

    expect((await legacy.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    const rows = await legacy
      .sql()
      .selectFrom('MessageTemplate')
      .select(['id', 'platformTemplateId', 'language'])
      .orderBy('language')
      .execute();
    // the one WhatsApp last reported (not deleted, latest update) stays, with every other language
    expect(rows).toEqual([
      { id: current, platformTemplateId: '900002', language: 'en_US' },
      { id: other, platformTemplateId: '900004', language: 'ja' },
    ]);
  });
});

describe('0007-routing on a database an earlier version filled', () => {
  let legacy: Awaited<ReturnType<typeof openTestDatabase>>;
  afterEach(() => legacy.close());

  it('keeps every conversation, open and unassigned, in no team and no queue', async () => {
    legacy = await openTestDatabase({ migrateTo: '0006-credits' });
    const organisationId = await createOrganisation(legacy);
    const account = await createAccount(legacy, organisationId);
    const { conversationId } = await createConversation(legacy, account);

    await migrate(legacy.orm);

    expect((await legacy.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    const row = await legacy
      .sql()
      .selectFrom('Conversation')
      .select(['id', 'status', 'team', 'assignedUser', 'queuedAt', 'firstResponseAt'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: conversationId,
      status: 'open',
      team: null,
      assignedUser: null,
      queuedAt: null,
      firstResponseAt: null,
    });
    await expect(
      legacy
        .sql()
        .updateTable('Conversation')
        .set({ status: 'pending' as 'open' })
        .execute(),
    ).rejects.toThrow();
  });
});
