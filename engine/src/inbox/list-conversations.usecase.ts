import { Injectable } from '@nestjs/common';
import type { Conversation, ConversationCounts, Page } from '@parley/contracts';
import type { listConversationsQuery } from '@parley/contracts';
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { channels } from '../channels/connectors.js';
import { normaliseTag } from '../contacts/contact-tags.js';
import { Database, type DB, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { conversationRows } from './conversation-rows.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { toConversationDto } from './inbox.dto.js';

type ListQuery = z.output<typeof listConversationsQuery>;

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

/** A condition on the conversation. */
type Condition = (eb: ExpressionBuilder<DB, 'Conversation'>) => Expression<SqlBool>;

/**
 * More branches than this (a caller in very many teams) are listed with one query and an `in`
 * list instead: fewer, larger reads rather than a statement of hundreds of unions.
 */
const maxBranches = 24;

/**
 * The view's and filters' conditions (docs/routing.md, "Inbox listing"): those every listed
 * conversation meets, and the branches of which it meets one — one per team of the view, and for
 * the open window, the window that has not yet closed or a channel without one. Each branch is a
 * range of one index of `0008-inbox` in the keyset order; the listing takes a page of each and
 * the first page of their union, instead of reading every conversation of the teams (or an `or`'s
 * bitmap) to sort them. Undefined when nothing can match.
 */
function conditions(
  caller: Caller,
  query: ListQuery,
  teams: string[],
  now: Date,
): { all: Condition[]; branches: Condition[][] } | undefined {
  const status = query.status ?? (query.view === 'all' ? undefined : 'open');
  if (query.view === 'queue' && status !== 'open') return undefined;
  const all: Condition[] = [];
  /** Groups of alternatives: a listed conversation meets one of each group. */
  const alternatives: Condition[][] = [];
  if (status) all.push((eb) => eb('Conversation.status', '=', status));
  switch (query.view) {
    case 'mine':
      all.push((eb) => eb('Conversation.assignedUser', '=', caller.userId));
      break;
    case 'unassigned':
      all.push((eb) => eb('Conversation.assignedUser', 'is', null));
      break;
    case 'team':
    case 'queue':
      if (teams.length === 0) return undefined;
      alternatives.push(teams.map((team) => (eb) => eb('Conversation.team', '=', team)));
      if (query.view === 'queue')
        all.push(
          (eb) => eb('Conversation.assignedUser', 'is', null),
          (eb) => eb('Conversation.queuedAt', 'is not', null),
        );
      break;
    case 'all':
      if (query.teamId) alternatives.push(teams.map((team) => (eb) => eb('Conversation.team', '=', team)));
      break;
  }
  const { channel, window } = query;
  if (channel) all.push((eb) => eb('Conversation.channel', '=', channel));
  // On a channel without a window, the window is always open; on one with a window, no
  // conversation is of a channel without one.
  const unlimited = channel ? unlimitedChannels.filter((id) => id === channel) : unlimitedChannels;
  if (window === 'open' && !(channel && unlimited.length))
    alternatives.push([
      (eb) => eb('Conversation.windowExpiresAt', '>', now),
      ...unlimited.map(
        (id): Condition =>
          (eb) =>
            eb('Conversation.channel', '=', id),
      ),
    ]);
  if (window === 'closed') {
    if (channel && unlimited.length) return undefined;
    all.push((eb) =>
      eb.or([eb('Conversation.windowExpiresAt', 'is', null), eb('Conversation.windowExpiresAt', '<=', now)]),
    );
    if (unlimited.length) all.push((eb) => eb('Conversation.channel', 'not in', unlimited));
  }
  if (query.tag) {
    // A semi-join probing the contact's tags (`contact_tags (contact_id, tag)`) row by row, so the
    // conversations are still read in the keyset order.
    const tag = normaliseTag(query.tag);
    all.push((eb) =>
      eb.exists(
        eb
          .selectFrom('ContactTag')
          .select('ContactTag.id')
          .whereRef('ContactTag.contact', '=', 'Conversation.contact')
          .where('ContactTag.tag', '=', tag)
          .where('ContactTag.organisation', '=', caller.organisationId),
      ),
    );
  }
  // Every combination of one alternative of each group.
  let branches: Condition[][] = [[]];
  for (const group of alternatives)
    branches = branches.flatMap((branch) => group.map((alternative) => [...branch, alternative]));
  if (branches.length > maxBranches)
    branches = [
      alternatives.map(
        (group) => (eb: ExpressionBuilder<DB, 'Conversation'>) =>
          eb.or(group.map((alternative) => alternative(eb))),
      ),
    ];
  return { all, branches };
}

const and = (conditions: Condition[]) => (eb: ExpressionBuilder<DB, 'Conversation'>) =>
  eb.and(conditions.map((condition) => condition(eb)));

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
    const queue = query.view === 'queue';
    const at = queue ? 'Conversation.queuedAt' : 'Conversation.lastMessageAt';
    const direction = queue ? 'asc' : 'desc';
    const cursor = query.cursor ? decodeCursor(query.cursor, 'cursor') : undefined;
    const found = conditions(caller, query, teams, now);
    // After the cursor: `(at, id)` beyond the cursor's, written as a range on `at` (which the index
    // serves) and the tie-break on `id` among the rows at the cursor's `at`.
    const after: Condition[] = cursor
      ? [
          (eb) => eb(at, queue ? '>=' : '<=', cursor.at),
          (eb) =>
            eb.or([
              eb(at, queue ? '>' : '<', cursor.at),
              eb('Conversation.id', queue ? '>' : '<', cursor.id),
            ]),
        ]
      : [];
    const ordered = <Select extends SelectQueryBuilder<DB, 'Conversation', object>>(select: Select) =>
      select
        .orderBy(at, direction)
        .orderBy('Conversation.id', direction)
        .limit(query.limit + 1) as Select;
    let select = conversationRows(sql, caller.organisationId);
    if (!found) select = select.where((eb) => eb.lit(false));
    else if (found.branches.length === 1)
      select = select.where(and([...found.all, ...found.branches[0]!, ...after]));
    else {
      // A page of each branch, in the keyset order; the page is the first of their union.
      const pages = found.branches.map((branch, i) =>
        sql
          .selectFrom(
            ordered(
              sql
                .selectFrom('Conversation')
                .select('Conversation.id')
                .where('Conversation.organisation', '=', caller.organisationId)
                .where(and([...found.all, ...branch, ...after])),
            ).as(`branch${i}`),
          )
          .select(`branch${i}.id as id`),
      );
      const union = pages.slice(1).reduce((all, page) => all.unionAll(page), pages[0]!);
      select = select.where('Conversation.id', 'in', union);
    }
    const rows = await ordered(select).execute();
    const { page, nextCursor } = keysetPage(rows, query.limit, (row) =>
      queue ? [row.queuedAt ?? row.lastMessageAt, row.id] : [row.lastMessageAt, row.id],
    );
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
