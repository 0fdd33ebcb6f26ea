import { Injectable } from '@nestjs/common';
import type { Conversation, ConversationCounts, Page } from '@parley/contracts';
import type { listConversationsQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { channels } from '../channels/connectors.js';
import { normaliseTag } from '../contacts/contact-tags.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { conversationRows } from './conversation-rows.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { toConversationDto } from './inbox.dto.js';

type ListQuery = z.output<typeof listConversationsQuery>;
type Select = ReturnType<typeof conversationRows>;

/** Channels without a customer-service window (Telegram): their window is always open. */
const unlimitedChannels = Object.entries(channels)
  .filter(([, channel]) => channel.connector.manifest.capabilities.customerServiceWindowHours === null)
  .map(([id]) => id);

/** The teams the caller may see as "their" teams: `teamId` when given (one of the organisation's), else theirs. */
async function teamsFor(sql: Sql, caller: Caller, teamId: string | undefined): Promise<string[]> {
  if (teamId) {
    const team = await sql
      .selectFrom('Team')
      .select('id')
      .where('id', '=', teamId)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!team) throw new ApiError(404, 'NOT_FOUND', `team ${teamId} does not exist`);
    return [team.id];
  }
  const rows = await sql.selectFrom('TeamMember').select('team').where('user', '=', caller.userId).execute();
  return rows.map((row) => row.team);
}

/**
 * The view's and filters' conditions (docs/routing.md, "Inbox listing"): each is served by an
 * index of `0008-inbox` in the keyset order.
 */
function filtered(select: Select, caller: Caller, query: ListQuery, teams: string[], now: Date): Select {
  const status = query.status ?? (query.view === 'all' ? undefined : 'open');
  if (query.view === 'queue' && status !== 'open') return select.where((w) => w.lit(false));
  if (status) select = select.where('Conversation.status', '=', status);
  switch (query.view) {
    case 'mine':
      select = select.where('Conversation.assignedUser', '=', caller.userId);
      break;
    case 'unassigned':
      select = select.where('Conversation.assignedUser', 'is', null);
      break;
    case 'team':
    case 'queue':
      if (teams.length === 0) return select.where((w) => w.lit(false));
      select = select.where('Conversation.team', 'in', teams);
      if (query.view === 'queue')
        select = select
          .where('Conversation.assignedUser', 'is', null)
          .where('Conversation.queuedAt', 'is not', null);
      break;
    case 'all':
      if (query.teamId) select = select.where('Conversation.team', 'in', teams);
      break;
  }
  if (query.channel) select = select.where('Conversation.channel', '=', query.channel);
  if (query.window === 'open')
    select = select.where((w) =>
      w.or([
        w('Conversation.windowExpiresAt', '>', now),
        ...(unlimitedChannels.length ? [w('Conversation.channel', 'in', unlimitedChannels)] : []),
      ]),
    );
  if (query.window === 'closed')
    select = select.where((w) =>
      w.and([
        w.or([w('Conversation.windowExpiresAt', 'is', null), w('Conversation.windowExpiresAt', '<=', now)]),
        ...(unlimitedChannels.length ? [w('Conversation.channel', 'not in', unlimitedChannels)] : []),
      ]),
    );
  if (query.tag) {
    const tag = normaliseTag(query.tag);
    select = select.where('Conversation.contact', 'in', (eb) =>
      eb
        .selectFrom('ContactTag')
        .select('ContactTag.contact')
        .where('ContactTag.organisation', '=', caller.organisationId)
        .where('ContactTag.tag', '=', tag),
    );
  }
  return select;
}

/**
 * The organisation's conversations in a view, filtered, a page at a time: the most recent activity
 * first (`lastMessageAt desc, id desc`), or for the queue the longest-waiting first
 * (`queuedAt asc, id asc`).
 */
@Injectable()
export class ListConversationsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, query: ListQuery, now: Date = new Date()): Promise<Page<Conversation>> {
    const sql = this.database.sql();
    const teams =
      query.view === 'team' || query.view === 'queue' || query.teamId
        ? await teamsFor(sql, caller, query.teamId)
        : [];
    let select = filtered(conversationRows(sql, caller.organisationId), caller, query, teams, now).limit(
      query.limit + 1,
    );
    const cursor = query.cursor ? decodeCursor(query.cursor, 'cursor') : undefined;
    if (query.view === 'queue') {
      select = select.orderBy('Conversation.queuedAt', 'asc').orderBy('Conversation.id', 'asc');
      if (cursor)
        select = select.where((w) =>
          w.or([
            w('Conversation.queuedAt', '>', cursor.at),
            w.and([w('Conversation.queuedAt', '=', cursor.at), w('Conversation.id', '>', cursor.id)]),
          ]),
        );
      const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [
        row.queuedAt ?? row.lastMessageAt,
        row.id,
      ]);
      return { items: page.map(toConversationDto), nextCursor };
    }
    select = select.orderBy('Conversation.lastMessageAt', 'desc').orderBy('Conversation.id', 'desc');
    if (cursor)
      select = select.where((w) =>
        w.or([
          w('Conversation.lastMessageAt', '<', cursor.at),
          w.and([w('Conversation.lastMessageAt', '=', cursor.at), w('Conversation.id', '<', cursor.id)]),
        ]),
      );
    const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [
      row.lastMessageAt,
      row.id,
    ]);
    return { items: page.map(toConversationDto), nextCursor };
  }
}

/** How many open conversations each view holds for the caller, each counted from its index. */
@Injectable()
export class CountConversationsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<ConversationCounts> {
    const sql = this.database.sql();
    const teams = await teamsFor(sql, caller, undefined);
    // The organisation's own counts go through its index; the agent's and the teams' through
    // theirs, which need no organisation condition: the caller and the caller's teams belong to
    // the organisation, and so does every conversation assigned to them or in those teams. (With
    // it, SQLite picks the organisation's index and reads every open row of it.)
    const open = (scope: 'organisation' | 'own') => {
      const select = sql
        .selectFrom('Conversation')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('Conversation.status', '=', 'open');
      return scope === 'organisation'
        ? select.where('Conversation.organisation', '=', caller.organisationId)
        : select;
    };
    const count = async (select: ReturnType<typeof open>) =>
      Number((await select.executeTakeFirstOrThrow()).count);
    const [mine, unassigned, team, queue, all] = await Promise.all([
      count(open('own').where('Conversation.assignedUser', '=', caller.userId)),
      count(open('organisation').where('Conversation.assignedUser', 'is', null)),
      teams.length ? count(open('own').where('Conversation.team', 'in', teams)) : 0,
      teams.length
        ? count(
            open('own')
              .where('Conversation.team', 'in', teams)
              .where('Conversation.assignedUser', 'is', null)
              .where('Conversation.queuedAt', 'is not', null),
          )
        : 0,
      count(open('organisation')),
    ]);
    return { mine, unassigned, team, queue, all };
  }
}

@Injectable()
export class GetConversationUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<Conversation> {
    const row = await conversationRows(this.database.sql(), caller.organisationId)
      .where('Conversation.id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${id} does not exist`);
    return toConversationDto(row);
  }
}
