import { randomUUID } from 'node:crypto';
import { type ListConversationsQuery, listConversationsQuery } from '@parley/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { normaliseTag } from '../contacts/contact-tags.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createAccount, createConversation, createOrganisation, createUser } from '../testing/fixtures.js';
import { createTeam } from '../routing/routing.test-support.js';
import { CountConversationsUseCase, ListConversationsUseCase } from './list-conversations.usecase.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

describe('listing conversations by view and filter', () => {
  let database: Database;
  let me: Caller;
  let colleague: Caller;
  let outsider: Caller;
  let whatsapp: AccountRef;
  let telegram: AccountRef;
  let sales: string;
  let support: string;
  let otherTeam: string;
  const now = new Date('2026-12-01T12:00:00.000Z');
  const ids: Record<string, string> = {};
  let list: ListConversationsUseCase;
  let count: CountConversationsUseCase;

  /** A conversation named `key`, its last message `minutesAgo` before now, with routing state. */
  async function conversation(
    key: string,
    account: AccountRef,
    minutesAgo: number,
    state: {
      status?: 'open' | 'snoozed' | 'closed';
      team?: string | null;
      assignee?: string | null;
      queuedMinutesAgo?: number | null;
      windowOpen?: boolean;
      tags?: string[];
    } = {},
  ) {
    const phone = `8190${String(Object.keys(ids).length).padStart(8, '0')}`;
    const { conversationId, contactId } = await createConversation(database, account, {
      phone,
      windowExpiresAt:
        account.channel === 'telegram'
          ? null
          : new Date(now.getTime() + (state.windowOpen === false ? -60_000 : 3_600_000)),
    });
    await database
      .sql()
      .updateTable('Conversation')
      .set({
        lastMessageAt: new Date(now.getTime() - minutesAgo * 60_000),
        status: state.status ?? 'open',
        team: state.team ?? null,
        assignedUser: state.assignee ?? null,
        queuedAt:
          state.queuedMinutesAgo === undefined || state.queuedMinutesAgo === null
            ? null
            : new Date(now.getTime() - state.queuedMinutesAgo * 60_000),
      })
      .where('id', '=', conversationId)
      .execute();
    for (const tag of state.tags ?? [])
      await database
        .sql()
        .insertInto('ContactTag')
        .values({
          id: randomUUID(),
          organisation: account.organisationId,
          contact: contactId,
          tag: normaliseTag(tag),
          createdAt: now,
        })
        .execute();
    ids[key] = conversationId;
  }

  const keysOf = (items: { id: string }[]) =>
    items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id);

  async function listed(caller: Caller, query: ListConversationsQuery) {
    const page = await list.execute(caller, listConversationsQuery.parse(query), now);
    return keysOf(page.items);
  }

  beforeAll(async () => {
    database = await openTestDatabase();
    list = new ListConversationsUseCase(database);
    count = new CountConversationsUseCase(database);
    const organisationId = await createOrganisation(database);
    me = await createUser(database, organisationId, 'agent');
    colleague = await createUser(database, organisationId, 'agent');
    whatsapp = await createAccount(database, organisationId);
    telegram = await createAccount(database, organisationId, {
      channel: 'telegram',
      platformAccountId: '7000001',
    });
    sales = await createTeam(database, organisationId, { name: 'Sales', members: [me.userId] });
    support = await createTeam(database, organisationId, { name: 'Support', members: [me.userId] });
    otherTeam = await createTeam(database, organisationId, { name: 'Billing', members: [colleague.userId] });

    await conversation('mine-1', whatsapp, 1, { team: sales, assignee: me.userId, tags: ['VIP'] });
    await conversation('mine-closed', whatsapp, 2, { status: 'closed', team: sales, assignee: me.userId });
    await conversation('theirs', whatsapp, 3, { team: otherTeam, assignee: colleague.userId });
    await conversation('queued-late', telegram, 4, { team: sales, queuedMinutesAgo: 5 });
    await conversation('queued-early', whatsapp, 5, {
      team: support,
      queuedMinutesAgo: 30,
      tags: [' ｖｉｐ '],
    });
    await conversation('queued-other', whatsapp, 6, { team: otherTeam, queuedMinutesAgo: 60 });
    await conversation('no-team', whatsapp, 7, { windowOpen: false });
    await conversation('snoozed', whatsapp, 8, { status: 'snoozed', team: sales, assignee: me.userId });
    await conversation('mine-2', telegram, 9, { team: support, assignee: me.userId });

    // Another organisation's conversations never show.
    const otherOrganisation = await createOrganisation(database, 'premium', 'Elsewhere');
    outsider = await createUser(database, otherOrganisation, 'agent');
    const elsewhere = await createAccount(database, otherOrganisation, {
      platformAccountId: '900000000000009',
    });
    await conversation('elsewhere', elsewhere, 0, { assignee: outsider.userId });
  });
  afterAll(() => database.close());

  it('mine: the open conversations assigned to the caller, the most recent first', async () => {
    expect(await listed(me, { view: 'mine' })).toEqual(['mine-1', 'mine-2']);
    expect(await listed(me, { view: 'mine', status: 'closed' })).toEqual(['mine-closed']);
    expect(await listed(me, { view: 'mine', status: 'snoozed' })).toEqual(['snoozed']);
    expect(await listed(colleague, { view: 'mine' })).toEqual(['theirs']);
  });

  it('unassigned: the open conversations with no agent', async () => {
    expect(await listed(me, { view: 'unassigned' })).toEqual([
      'queued-late',
      'queued-early',
      'queued-other',
      'no-team',
    ]);
  });

  it("team: the caller's teams, or the one asked for", async () => {
    expect(await listed(me, { view: 'team' })).toEqual(['mine-1', 'queued-late', 'queued-early', 'mine-2']);
    expect(await listed(me, { view: 'team', teamId: support })).toEqual(['queued-early', 'mine-2']);
    expect(await listed(me, { view: 'team', teamId: otherTeam })).toEqual(['theirs', 'queued-other']);
    const nobody = await createUser(database, me.organisationId, 'agent');
    expect(await listed(nobody, { view: 'team' })).toEqual([]);
    await expect(
      list.execute(outsider, listConversationsQuery.parse({ view: 'team', teamId: sales })),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('queue: waiting conversations of the teams, the longest-waiting first, with when they were queued', async () => {
    const page = await list.execute(me, listConversationsQuery.parse({ view: 'queue' }), now);
    expect(keysOf(page.items)).toEqual(['queued-early', 'queued-late']);
    expect(page.items[0]?.queuedAt).toBe(new Date(now.getTime() - 30 * 60_000).toISOString());
    expect(await listed(me, { view: 'queue', teamId: otherTeam })).toEqual(['queued-other']);
    expect(await listed(me, { view: 'queue', status: 'closed' })).toEqual([]);
  });

  it('all: every conversation of the organisation, whatever its status unless asked', async () => {
    expect(await listed(me, { view: 'all' })).toEqual([
      'mine-1',
      'mine-closed',
      'theirs',
      'queued-late',
      'queued-early',
      'queued-other',
      'no-team',
      'snoozed',
      'mine-2',
    ]);
    expect(await listed(me, { view: 'all', status: 'open', teamId: sales })).toEqual([
      'mine-1',
      'queued-late',
    ]);
  });

  it('filters by channel, window and tag (tags normalised)', async () => {
    expect(await listed(me, { view: 'all', channel: 'telegram' })).toEqual(['queued-late', 'mine-2']);
    expect(await listed(me, { view: 'all', status: 'open', window: 'closed' })).toEqual(['no-team']);
    expect(await listed(me, { view: 'unassigned', window: 'open' })).toEqual([
      'queued-late',
      'queued-early',
      'queued-other',
    ]);
    expect(await listed(me, { view: 'all', tag: 'Vip' })).toEqual(['mine-1', 'queued-early']);
    expect(await listed(me, { view: 'mine', tag: 'ＶＩＰ' })).toEqual(['mine-1']);
    expect(await listed(me, { view: 'all', tag: 'nobody' })).toEqual([]);
  });

  it('pages by keyset, in both orders, without skipping or repeating', async () => {
    const walk = async (query: ListConversationsQuery) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list.execute(
          me,
          listConversationsQuery.parse({ ...query, limit: 2, cursor }),
          now,
        );
        seen.push(...keysOf(page.items));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await walk({ view: 'all' })).toEqual(await listed(me, { view: 'all' }));
    expect(await walk({ view: 'unassigned' })).toEqual(await listed(me, { view: 'unassigned' }));
    expect(await walk({ view: 'queue', teamId: otherTeam })).toEqual(['queued-other']);
    await database
      .sql()
      .updateTable('Conversation')
      .set({ team: sales })
      .where('id', 'in', [ids['queued-early']!, ids['queued-other']!])
      .execute();
    expect(await walk({ view: 'queue', teamId: sales })).toEqual([
      'queued-other',
      'queued-early',
      'queued-late',
    ]);
    await database
      .sql()
      .updateTable('Conversation')
      .set({ team: support })
      .where('id', '=', ids['queued-early']!)
      .execute();
    await database
      .sql()
      .updateTable('Conversation')
      .set({ team: otherTeam })
      .where('id', '=', ids['queued-other']!)
      .execute();
  });

  it('carries the routing fields on every conversation', async () => {
    const [first] = (await list.execute(me, listConversationsQuery.parse({ view: 'mine' }), now)).items;
    expect(first).toMatchObject({
      status: 'open',
      team: { id: sales, name: 'Sales' },
      assignee: { id: me.userId },
      queuedAt: null,
      firstResponseAt: null,
    });
  });

  it('counts the open conversations of each view for the caller', async () => {
    expect(await count.execute(me)).toEqual({ mine: 2, unassigned: 4, team: 4, queue: 2, all: 7 });
    expect(await count.execute(colleague)).toEqual({ mine: 1, unassigned: 4, team: 2, queue: 1, all: 7 });
    expect(await count.execute(outsider)).toEqual({ mine: 1, unassigned: 0, team: 0, queue: 0, all: 1 });
  });

  it('refuses a bad view or cursor', () => {
    expect(listConversationsQuery.safeParse({ view: 'everything' }).success).toBe(false);
    expect(listConversationsQuery.safeParse({ status: 'gone' }).success).toBe(false);
    expect(listConversationsQuery.safeParse({ channel: 'fax' }).success).toBe(false);
  });
});

describe('normaliseTag', () => {
  it('folds width, case and spaces', () => {
    expect(normaliseTag('  ＶＩＰ  ')).toBe('vip');
    expect(normaliseTag('Repeat   Buyer')).toBe('repeat buyer');
    expect(normaliseTag('ﾘﾋﾟｰﾀｰ')).toBe('リピーター');
  });
});
