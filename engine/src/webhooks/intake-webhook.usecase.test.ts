import type { InboundEvent } from '@parley/connector-sdk';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { pricingServices } from '../credits/pricing.test-support.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import type { MediaFetcher } from '../media/media-fetcher.service.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { AssignmentService } from '../routing/assignment.service.js';
import { IntakeRouting } from '../routing/intake-routing.js';
import { SlaTimers } from '../routing/sla-timers.js';
import { createAgents, createTeam, openCounts, setRoutingRules } from '../routing/routing.test-support.js';
import { createAccount, createOrganisation } from '../testing/fixtures.js';
import { IntakeWebhookUseCase } from './intake-webhook.usecase.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';

const phoneNumberId = '100000000000001';
const message = (
  wamid: string,
  contact: Record<string, string> = { id: '819000000001', name: 'Hanako' },
): InboundEvent =>
  ({
    kind: 'message',
    eventId: `whatsapp:msg:${wamid}`,
    channelAccountId: phoneNumberId,
    contact,
    platformMessageId: wamid,
    occurredAt: '2026-11-28T10:00:00.000Z',
    content: { type: 'text', text: `hello ${wamid}` },
  }) as InboundEvent;
const status = (wamid: string, value: 'sent' | 'delivered' | 'read' | 'failed'): InboundEvent => ({
  kind: 'status',
  eventId: `whatsapp:status:${wamid}:${value}`,
  channelAccountId: phoneNumberId,
  recipientId: '819000000001',
  platformMessageId: wamid,
  status: value,
  occurredAt: '2026-11-28T10:00:05.000Z',
  errors: value === 'failed' ? [{ code: '131026', title: 'Message undeliverable' }] : [],
});

describe('IntakeWebhookUseCase', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let intake: IntakeWebhookUseCase;
  let account: AccountRef;
  let assignment: AssignmentService;
  let routing: IntakeRouting;
  const kick = vi.fn();

  beforeEach(async () => {
    database = await openTestDatabase();
    kick.mockClear();
    const credits = pricingServices(database);
    const publisher = new InboxPublisher(database, credits.events);
    assignment = new AssignmentService(database, publisher, new SlaTimers(parseConfig({})), {
      kick,
    } as unknown as OutboxRelay);
    routing = new IntakeRouting(database, assignment, pino({ level: 'silent' }));
    intake = new IntakeWebhookUseCase(
      database,
      publisher,
      { kick } as unknown as OutboxRelay,
      pino({ level: 'silent' }),
      { kick() {} } as unknown as MediaFetcher,
      parseConfig({}),
      credits.settlement,
      credits.ledger,
      routing,
      new FlowTriggers(),
    );
    account = await createAccount(database, await createOrganisation(database));
  });
  afterEach(() => database.close());

  const run = (events: InboundEvent[], on = account) => intake.execute({ account: on, events });
  const count = async (
    table: 'Message' | 'OutboxEntry' | 'Conversation' | 'StatusEvent' | 'Media' | 'Contact',
  ) =>
    Number(
      (
        await database
          .sql()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a message under its contact and conversation with an outbox row, then kicks the relay', async () => {
    const result = await run([message('wamid.1')]);
    expect(result).toEqual({ messagesStored: 1, duplicates: 0, statusesRecorded: 0, otherEvents: 0 });
    const contact = await database.sql().selectFrom('Contact').selectAll().executeTakeFirstOrThrow();
    expect(contact).toMatchObject({
      platformId: '819000000001',
      userId: null,
      name: 'Hanako',
      organisation: account.organisationId,
    });
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(conversation).toMatchObject({
      contact: contact.id,
      channelAccount: account.id,
      lastMessagePreview: 'hello wamid.1',
    });
    const entry = await database.sql().selectFrom('OutboxEntry').selectAll().executeTakeFirstOrThrow();
    // Parley's ids, never the customer's phone number.
    expect(entry.workflowId).toBe(`conversation:${account.id}:${contact.id}`);
    expect(entry.workflowId).not.toContain('819000000001');
    expect(entry.payload).toMatchObject({
      conversationId: conversation.id,
      occurredAt: '2026-11-28T10:00:00.000Z',
    });
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('stores a disabled account’s messages and starts nothing for them', async () => {
    const off = await createAccount(database, account.organisationId, {
      platformAccountId: '100000000000002',
      enabled: false,
    });
    const result = await run(
      [{ ...message('wamid.off'), channelAccountId: off.platformAccountId } as InboundEvent],
      off,
    );
    expect(result.messagesStored).toBe(1);
    expect(await count('Message')).toBe(1);
    expect(await count('OutboxEntry')).toBe(0);
    expect(kick).not.toHaveBeenCalled();
  });

  it('stores nothing new for a redelivery, in the same or a later webhook', async () => {
    await run([message('wamid.1')]);
    const again = await run([message('wamid.1'), message('wamid.1')]);
    expect(again).toEqual({ messagesStored: 0, duplicates: 2, statusesRecorded: 0, otherEvents: 0 });
    expect(await count('Message')).toBe(1);
    expect(await count('OutboxEntry')).toBe(1);
    expect(await count('Conversation')).toBe(1);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('keeps platform ids apart per channel account: the same id on two accounts is two messages', async () => {
    const other = await createAccount(database, await createOrganisation(database), {
      platformAccountId: '100000000000009',
    });
    await run([message('wamid.same')]);
    await run(
      [{ ...message('wamid.same'), channelAccountId: other.platformAccountId } as InboundEvent],
      other,
    );
    expect(await count('Message')).toBe(2);
    const organisations = await database.sql().selectFrom('Message').select('organisation').execute();
    expect(new Set(organisations.map((row) => row.organisation))).toEqual(
      new Set([account.organisationId, other.organisationId]),
    );
  });

  it('keeps one conversation per contact', async () => {
    await run([message('wamid.1'), message('wamid.2'), message('wamid.3', { id: '819000000002' })]);
    expect(await count('Conversation')).toBe(2);
    expect(await count('OutboxEntry')).toBe(3);
  });

  it('knows a username-only customer by their business-scoped user id, and links their phone when it appears', async () => {
    const bsuid = 'JP.13491208655302741918';
    await run([message('wamid.u1', { userId: bsuid, username: 'sato_h', name: 'Sato' })]);
    const [only] = await database.sql().selectFrom('Contact').selectAll().execute();
    expect(only).toMatchObject({ platformId: null, userId: bsuid, username: 'sato_h' });
    await run([message('wamid.u2', { id: '819012345678', userId: bsuid, name: 'Sato' })]);
    await run([message('wamid.u3', { id: '819012345678', name: 'Sato' })]);
    expect(await count('Contact')).toBe(1);
    expect(await count('Conversation')).toBe(1);
    const [linked] = await database.sql().selectFrom('Contact').selectAll().execute();
    expect(linked).toMatchObject({
      id: only?.id,
      platformId: '819012345678',
      userId: bsuid,
      username: 'sato_h',
    });
  });

  it('re-links a contact whose business-scoped user id changed, instead of making a new one', async () => {
    await run([message('wamid.1', { id: '819000000001', userId: 'JP.1' })]);
    const result = await run([
      {
        kind: 'contact_identity',
        eventId: 'whatsapp:identity:1',
        channelAccountId: phoneNumberId,
        occurredAt: '2026-11-28T11:00:00.000Z',
        change: 'user_id',
        previous: { userId: 'JP.1' },
        current: { userId: 'JP.2' },
      },
      message('wamid.2', { userId: 'JP.2' }),
    ]);
    expect(result).toMatchObject({ messagesStored: 1, otherEvents: 1 });
    expect(await count('Contact')).toBe(1);
    expect(await count('Conversation')).toBe(1);
    const [contact] = await database.sql().selectFrom('Contact').selectAll().execute();
    expect(contact).toMatchObject({ platformId: '819000000001', userId: 'JP.2' });
  });

  it('never moves a status backwards: read before delivered stays read', async () => {
    await run([message('wamid.in')]);
    const conversationId = (
      await database.sql().selectFrom('Conversation').select('id').executeTakeFirstOrThrow()
    ).id;
    const now = new Date();
    await database
      .sql()
      .insertInto('Message')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        organisation: account.organisationId,
        channelAccount: account.id,
        conversation: conversationId,
        direction: 'outbound',
        type: 'text',
        text: 'reply',
        status: 'accepted',
        platformMessageId: 'wamid.out',
        idempotencyKey: 'k',
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        statusUpdatedAt: now,
      })
      .execute();
    await run([status('wamid.out', 'read')]);
    const result = await run([
      status('wamid.out', 'delivered'),
      status('wamid.out', 'sent'),
      status('wamid.out', 'read'),
    ]);
    expect(result.statusesRecorded).toBe(2);
    const row = await database
      .sql()
      .selectFrom('Message')
      .select('status')
      .where('platformMessageId', '=', 'wamid.out')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('read');
    expect(await count('StatusEvent')).toBe(3);
  });

  it('records a status for a message not known yet, to be applied when its id is', async () => {
    const result = await run([status('wamid.unknown', 'delivered')]);
    expect(result.statusesRecorded).toBe(1);
    expect(await count('StatusEvent')).toBe(1);
    expect(await count('Message')).toBe(0);
  });

  it('keeps the normalized content of every kind and queues media for download', async () => {
    const image = {
      ...message('wamid.img'),
      content: {
        type: 'image',
        mediaId: 'media-1',
        mimeType: 'image/jpeg',
        sha256: 'abc',
        caption: 'receipt',
      },
    } as InboundEvent;
    await run([image]);
    const row = await database.sql().selectFrom('Message').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type: 'image',
      text: 'receipt',
      content: { type: 'image', mediaId: 'media-1', caption: 'receipt' },
    });
    const [media] = await database.sql().selectFrom('Media').selectAll().execute();
    expect(media).toMatchObject({
      message: row.id,
      channel: 'whatsapp',
      channelAccount: account.id,
      platformMediaId: 'media-1',
      state: 'pending',
    });
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(conversation.lastMessagePreview).toBe('[image] receipt');
  });

  it('keeps the platform’s order for messages of one delivery, whatever their ids', async () => {
    const wamids = Array.from({ length: 12 }, (_, i) => `wamid.order.${String(12 - i).padStart(2, '0')}`);
    await run(wamids.map((wamid) => message(wamid)));
    // The thread's order: by time, then by id (as the messages API pages them).
    const rows = await database
      .sql()
      .selectFrom('Message')
      .select('platformMessageId')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.platformMessageId)).toEqual(wamids);
  });

  it('writes webhooks arriving together in one transaction with the same outcome as one by one', async () => {
    const results = await Promise.all([
      run([message('wamid.a', { id: '819000000010' })]),
      run([message('wamid.b', { id: '819000000011' })]),
      run([message('wamid.a', { id: '819000000010' })]),
      run([status('wamid.b', 'sent')]),
    ]);
    expect(
      results.map((result) => [result.messagesStored, result.duplicates, result.statusesRecorded]),
    ).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(await count('Message')).toBe(2);
    expect(await count('OutboxEntry')).toBe(2);
  });

  it('routes template webhooks to the template’s workflow through the outbox, storing a template it has not seen', async () => {
    const now = new Date();
    const templateId = '00000000-0000-4000-8000-000000000002';
    await database
      .sql()
      .insertInto('MessageTemplate')
      .values({
        id: templateId,
        organisation: account.organisationId,
        wabaId: account.parentAccountId ?? '',
        platformTemplateId: '1',
        name: 'order_update',
        language: 'ja',
        category: 'UTILITY',
        status: 'PENDING',
        components: [],
        origin: 'parley',
        enabled: true,
        approvedEdits: [],
        importedAt: now,
        updatedAt: now,
      })
      .execute();
    const statusEvent = (platformId: string, name: string) => ({
      kind: 'template_status' as const,
      eventId: `whatsapp:template:${platformId}:APPROVED`,
      channelAccountId: account.parentAccountId ?? '',
      occurredAt: '2026-11-28T10:00:00.000Z',
      templateId: platformId,
      templateName: name,
      language: 'ja',
      event: 'APPROVED' as const,
      reason: null,
    });
    const result = await run([statusEvent('1', 'order_update'), statusEvent('2', 'made_elsewhere')]);
    expect(result).toEqual({ messagesStored: 0, duplicates: 0, statusesRecorded: 0, otherEvents: 2 });
    expect(await count('Message')).toBe(0);
    const rows = await database
      .sql()
      .selectFrom('OutboxEntry')
      .select(['workflowId', 'payload'])
      .orderBy('id')
      .execute();
    expect(rows[0]).toEqual({
      workflowId: `template:${account.parentAccountId}:${templateId}`,
      payload: {
        workflow: 'template',
        templateId,
        wabaId: account.parentAccountId,
        status: 'PENDING',
        event: {
          eventKey: 'whatsapp:template:1:APPROVED',
          kind: 'status',
          status: 'APPROVED',
          reason: null,
          source: 'webhook',
          occurredAt: '2026-11-28T10:00:00.000Z',
        },
      },
    });
    // The status itself is the workflow's to record; the unseen template waits for its details.
    const templates = await database
      .sql()
      .selectFrom('MessageTemplate')
      .select(['name', 'status', 'origin', 'platformTemplateId'])
      .orderBy('name')
      .execute();
    expect(templates).toEqual([
      { name: 'made_elsewhere', status: 'PENDING', origin: 'imported', platformTemplateId: '2' },
      { name: 'order_update', status: 'PENDING', origin: 'parley', platformTemplateId: '1' },
    ]);
    expect(rows).toHaveLength(2);
  });
  describe('routing on intake', () => {
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const conversation = () =>
      database
        .sql()
        .selectFrom('Conversation')
        .select(['id', 'team', 'assignedUser', 'status', 'queuedAt'])
        .executeTakeFirstOrThrow();
    const tap = (wamid: string, payload: string): InboundEvent =>
      ({
        ...message(wamid),
        content: { type: 'template_reply', payload, text: 'Book a table' },
      }) as InboundEvent;

    /** Two teams: reservations (keyword 予約 or the BOOK button) and a default team. */
    async function setUpTeams() {
      const [booker, helper] = await createAgents(database, account.organisationId, 2);
      const reservations = await createTeam(database, account.organisationId, { members: [booker!] });
      const general = await createTeam(database, account.organisationId, { members: [helper!] });
      await setRoutingRules(database, account.organisationId, {
        rules: [
          {
            id: uuid(1),
            name: 'Reservations',
            enabled: true,
            conditions: [{ kind: 'keyword', keywords: ['予約'], match: 'any' }],
            teamId: reservations,
          },
          {
            id: uuid(2),
            name: 'Booking button',
            enabled: true,
            conditions: [{ kind: 'quick_reply_payload', payloads: ['BOOK'] }],
            teamId: reservations,
          },
        ],
        defaultTeamId: general,
      });
      return { booker: booker!, helper: helper!, reservations, general };
    }

    it('routes a new conversation by its first message and assigns it in the same call, after the commit', async () => {
      const { booker, reservations } = await setUpTeams();
      await run([
        { ...message('wamid.1'), content: { type: 'text', text: 'ご予約をお願いします' } } as InboundEvent,
      ]);
      expect(await conversation()).toMatchObject({
        team: reservations,
        assignedUser: booker,
        status: 'open',
      });
      expect((await openCounts(database, account.organisationId)).get(booker)).toEqual({
        recorded: 1,
        actual: 1,
      });
    });

    it('routes by a tapped quick-reply payload, and anything else to the default team', async () => {
      const { booker, helper, general } = await setUpTeams();
      await run([tap('wamid.tap', 'BOOK')]);
      expect(await conversation()).toMatchObject({ assignedUser: booker });
      await run([message('wamid.other', { id: '819000000002' })]);
      const other = await database
        .sql()
        .selectFrom('Conversation')
        .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
        .select(['Conversation.team', 'Conversation.assignedUser'])
        .where('Contact.platformId', '=', '819000000002')
        .executeTakeFirstOrThrow();
      expect(other).toEqual({ team: general, assignedUser: helper });
    });

    it('routes by the contact’s language and tags when the contact has them', async () => {
      const { booker, reservations } = await setUpTeams();
      await database.sql().deleteFrom('RoutingSettings').execute();
      await setRoutingRules(database, account.organisationId, {
        rules: [
          {
            id: uuid(3),
            name: 'Japanese VIPs',
            enabled: true,
            conditions: [
              { kind: 'contact_language', languages: ['ja'] },
              { kind: 'contact_tag', tags: ['vip'], match: 'any' },
            ],
            teamId: reservations,
          },
        ],
        defaultTeamId: null,
      });
      await run([message('wamid.0')]);
      // No language, no tags yet: no rule, no default team.
      expect(await conversation()).toMatchObject({ team: null, assignedUser: null });
      const { id: contactId } = await database
        .sql()
        .selectFrom('Contact')
        .select('id')
        .executeTakeFirstOrThrow();
      await database
        .sql()
        .updateTable('Contact')
        .set({ language: 'ja-JP' })
        .where('id', '=', contactId)
        .execute();
      await database
        .sql()
        .insertInto('ContactTag')
        .values({
          id: uuid(900),
          organisation: account.organisationId,
          contact: contactId,
          tag: 'vip',
          createdAt: new Date(),
        })
        .execute();
      await run([message('wamid.1')]);
      expect(await conversation()).toMatchObject({ team: reservations, assignedUser: booker });
    });

    it('keeps an owned conversation with its owner: later messages route nothing', async () => {
      const { booker } = await setUpTeams();
      const route = vi.spyOn(assignment, 'route');
      await run([{ ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent]);
      await run([message('wamid.2'), message('wamid.3')]);
      expect(route).toHaveBeenCalledTimes(1);
      expect(await conversation()).toMatchObject({ assignedUser: booker });
      const events = await database.sql().selectFrom('ConversationEvent').select('kind').execute();
      expect(events.map((event) => event.kind)).toEqual(['assigned']);
    });

    it('leaves a conversation queued when no agent can take it, and assigns it on the next message once one can', async () => {
      const { booker, reservations } = await setUpTeams();
      await assignment.setAvailability(booker, 'offline');
      await run([{ ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent]);
      expect(await conversation()).toMatchObject({ team: reservations, assignedUser: null });
      expect((await conversation()).queuedAt).not.toBeNull();
      await database
        .sql()
        .updateTable('AgentState')
        .set({ availability: 'online' })
        .where('user', '=', booker)
        .execute();
      await run([message('wamid.2')]);
      expect(await conversation()).toMatchObject({ team: reservations, assignedUser: booker });
    });

    it('opens a closed conversation again when the customer writes, back to its owner', async () => {
      const { booker } = await setUpTeams();
      await run([{ ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent]);
      const { id } = await conversation();
      expect(await assignment.release(id, { reason: 'closed' })).not.toHaveProperty('refused');
      expect(await conversation()).toMatchObject({ status: 'closed', assignedUser: null });
      await run([message('wamid.2')]);
      expect(await conversation()).toMatchObject({ status: 'open', assignedUser: booker });
    });

    it('sends the SLA timer to the workflow when an assignment with a first-response target started', async () => {
      const { booker, reservations } = await setUpTeams();
      const sla = {
        firstResponseMinutes: 30,
        onBreach: 'reassign' as const,
        escalateToTeamId: null,
        businessHoursOnly: false,
      };
      await database.sql().updateTable('Team').set({ sla }).where('id', '=', reservations).execute();
      await run([{ ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent]);
      const { assignedAt } = await database
        .sql()
        .selectFrom('Conversation')
        .select('assignedAt')
        .executeTakeFirstOrThrow();
      const entries = await database.sql().selectFrom('OutboxEntry').selectAll().orderBy('id').execute();
      const timed = entries.map((entry) => entry.payload as { sla?: unknown; messageId: string });
      expect(timed).toHaveLength(2);
      expect(new Set(timed.map((payload) => payload.messageId)).size).toBe(1);
      const at = new Date(assignedAt!).getTime();
      expect(timed.find((payload) => payload.sla)?.sla).toEqual({
        deadline: new Date(at + 30 * 60_000).toISOString(),
        assignedAt: new Date(at).toISOString(),
        userId: booker,
      });
      // A team without a target starts no timer.
      await run([message('wamid.other', { id: '819000000002' })]);
      expect(await count('OutboxEntry')).toBe(3);
    });

    it('routes nothing for a disabled account', async () => {
      await setUpTeams();
      const off = await createAccount(database, account.organisationId, {
        platformAccountId: '100000000000002',
        enabled: false,
      });
      await run([{ ...message('wamid.off'), channelAccountId: off.platformAccountId } as InboundEvent], off);
      expect(await conversation()).toMatchObject({ team: null, assignedUser: null });
    });

    it('keeps the message when routing fails after the commit, and the sweep routes it', async () => {
      const { booker, reservations } = await setUpTeams();
      vi.spyOn(assignment, 'route').mockRejectedValueOnce(new Error('connection lost'));
      const result = await run([
        { ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent,
      ]);
      expect(result.messagesStored).toBe(1);
      expect(await conversation()).toMatchObject({ team: null, assignedUser: null });
      expect(await routing.sweep()).toBe(1);
      expect(await conversation()).toMatchObject({ team: reservations, assignedUser: booker });
      // Routed: the sweep finds nothing more.
      expect(await routing.sweep()).toBe(0);
    });

    it('sweeps a closed conversation the customer wrote to since, and leaves one closed after', async () => {
      const { booker } = await setUpTeams();
      await run([{ ...message('wamid.1'), content: { type: 'text', text: '予約' } } as InboundEvent]);
      const { id } = await conversation();
      await assignment.release(id, { reason: 'closed' });
      expect(await routing.sweep()).toBe(0);
      vi.spyOn(assignment, 'route').mockRejectedValueOnce(new Error('connection lost'));
      await run([message('wamid.2')]);
      expect(await conversation()).toMatchObject({ status: 'closed' });
      expect(await routing.sweep()).toBe(1);
      expect(await conversation()).toMatchObject({ status: 'open', assignedUser: booker });
    });
  });
});
