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
import { type ConversationRow, conversationRows } from './conversation-rows.js';
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

/** All of the conditions. */
const and = (conditions: Condition[]) => (eb: ExpressionBuilder<DB, 'Conversation'>) =>
  eb.and(conditions.map((condition) => condition(eb)));

/** Up to this many teams are listed team by team (see `ListConversationsUseCase`), more with `in`. */
const maxTeamBranches = 24;

/**
 * The view's and filters' conditions (docs/routing.md, "Inbox listing") but for the view's teams,
 * which come apart; `narrowed` when a filter applies that the team and queue indexes do not serve
 * (channel, window or tag). Undefined when nothing can match.
 */
function filtered(
  caller: Caller,
  query: ListQuery,
  teams: string[],
  now: Date,
): { conditions: Condition[]; teams?: string[]; narrowed: boolean } | undefined {
  const status = query.status ?? (query.view === 'all' ? undefined : 'open');
  if (query.view === 'queue' && status !== 'open') return undefined;
  const conditions: Condition[] = [];
  if (status) conditions.push((eb) => eb('Conversation.status', '=', status));
  switch (query.view) {
    case 'mine':
      conditions.push((eb) => eb('Conversation.assignedUser', '=', caller.userId));
      break;
    case 'unassigned':
      conditions.push((eb) => eb('Conversation.assignedUser', 'is', null));
      break;
    case 'team':
    case 'queue':
      if (teams.length === 0) return undefined;
      if (query.view === 'queue')
        conditions.push(
          (eb) => eb('Conversation.assignedUser', 'is', null),
          (eb) => eb('Conversation.queuedAt', 'is not', null),
        );
      break;
  }
  if (query.channel) {
    const channel = query.channel;
    conditions.push((eb) => eb('Conversation.channel', '=', channel));
  }
  if (query.window === 'open')
    conditions.push((eb) =>
      eb.or([
        eb('Conversation.windowExpiresAt', '>', now),
        ...(unlimitedChannels.length ? [eb('Conversation.channel', 'in', unlimitedChannels)] : []),
      ]),
    );
  if (query.window === 'closed')
    conditions.push((eb) =>
      eb.and([
        eb.or([
          eb('Conversation.windowExpiresAt', 'is', null),
          eb('Conversation.windowExpiresAt', '<=', now),
        ]),
        ...(unlimitedChannels.length ? [eb('Conversation.channel', 'not in', unlimitedChannels)] : []),
      ]),
    );
  if (query.tag) {
    // Probed row by row (`contact_tags (contact_id, tag)`) as the conversations are read in the
    // keyset order, rather than `contact in (…)`, for which SQLite first collects every contact
    // with the tag.
    const tag = normaliseTag(query.tag);
    conditions.push((eb) =>
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
  return {
    conditions,
    teams: query.view === 'team' || query.view === 'queue' || query.teamId ? teams : undefined,
    narrowed: Boolean(query.channel || query.window || query.tag),
  };
}

/**
 * The organisation's conversations in a view, filtered, a page at a time: the most recent activity
 * first (`lastMessageAt desc, id desc`), or for the queue the longest-waiting first
 * (`queuedAt asc, id asc`). Each filter is read from an index of `0008-inbox` in that order, so
 * that a page costs a page's worth of rows, not every matching row sorted.
 *
 * Several teams' conversations (the team view or queue of a caller in more than one team) are no
 * range of any index in that order, so with `team in (…)` the database either reads every row of
 * the teams and sorts them for each page — for the queue, which no index holds in queue order
 * across teams, it does — or reads the organisation's rows in order and skips the other teams'.
 * Instead each team's page is read from its own range of the team or queue index, and the page is
 * the first of their union. Not when a filter (channel, window, tag) narrows a team view, though:
 * a team's range then holds rows the filter rejects, and a team with few matches would be read to
 * the end of its range for every page, where one read in order across the teams stops at a page's
 * worth. (A team's queue, its waiting conversations, is short enough to read to the end.)
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
    // After the cursor: `(at, id)` beyond the cursor's, as a range on `at` (which the index serves)
    // and the tie-break on `id` among the rows at the cursor's `at`.
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
    const found = filtered(caller, query, teams, now);
    const select = conversationRows(sql, caller.organisationId);
    let rows: ConversationRow[];
    if (!found) rows = await select.where((eb) => eb.lit(false)).execute();
    else if (
      found.teams &&
      found.teams.length > 1 &&
      found.teams.length <= maxTeamBranches &&
      (queue || !found.narrowed)
    ) {
      // Joined rather than `id in (…)`: SQLite then reads the teams' pages and looks their rows up;
      // for `in`, it reads every conversation of the organisation to test each.
      const pages = found.teams.map((team, i) =>
        sql
          .selectFrom(
            ordered(
              sql
                .selectFrom('Conversation')
                .select('Conversation.id')
                .where('Conversation.organisation', '=', caller.organisationId)
                .where('Conversation.team', '=', team)
                .where(and([...found.conditions, ...after])),
            ).as(`team${i}`),
          )
          .select(`team${i}.id as id`),
      );
      const union = pages.slice(1).reduce((all, page) => all.unionAll(page), pages[0]!);
      rows = await ordered(select.innerJoin(union.as('page'), 'page.id', 'Conversation.id')).execute();
    } else {
      const ofTeams: Condition[] = found.teams ? [(eb) => eb('Conversation.team', 'in', found.teams!)] : [];
      rows = await ordered(select.where(and([...found.conditions, ...ofTeams, ...after]))).execute();
    }
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
