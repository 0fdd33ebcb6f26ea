import {
  channelIdSchema,
  conversationViewSchema,
  type ChannelId,
  type ConversationStatus,
  type ConversationView,
} from '@parley/contracts';
import { z } from 'zod';

/** The status filter: one status, or (in the "All" view only) any. */
export const statusFilters = ['open', 'snoozed', 'closed', 'any'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const windowFilters = ['open', 'closed'] as const;
export type WindowFilter = (typeof windowFilters)[number];

/**
 * The inbox's address (`/inbox?view=queue&teamId=…`): the view and the list's filters, so a reload
 * or the back button keeps them. A value this version does not know (an old link) is dropped
 * rather than refused. No view: the person's default (see `defaultView`).
 */
export const inboxSearch = z.object({
  view: conversationViewSchema.optional().catch(undefined),
  status: z.enum(statusFilters).optional().catch(undefined),
  window: z.enum(windowFilters).optional().catch(undefined),
  channel: channelIdSchema.optional().catch(undefined),
  tag: z.string().trim().min(1).max(64).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
});
export type InboxSearch = z.infer<typeof inboxSearch>;

/** Kept on every move inside the inbox (opening a conversation, the thread's back link). */
export const inboxSearchKeys = [
  'view',
  'status',
  'window',
  'channel',
  'tag',
  'teamId',
] as const satisfies readonly (keyof InboxSearch)[];

/** What the list shows, every choice made consistent with the view. */
export interface ListFilters {
  view: ConversationView;
  status: StatusFilter;
  window: WindowFilter | null;
  channel: ChannelId | null;
  tag: string | null;
  /** One team (views team, queue and all); null: the caller's teams (team, queue) or any (all). */
  teamId: string | null;
}

/** Views that can be narrowed to one team. */
export const teamViews: ReadonlySet<ConversationView> = new Set(['team', 'queue', 'all']);

/**
 * The filters the address asks for: status `open` unless chosen (the queue is only ever open; "any"
 * only in All, as the API lists any status only there), a team only where the view takes one.
 */
export function resolveFilters(search: InboxSearch, defaultView: ConversationView): ListFilters {
  const view = search.view ?? defaultView;
  let status: StatusFilter = search.status ?? 'open';
  if (view === 'queue' || (status === 'any' && view !== 'all')) status = 'open';
  return {
    view,
    status,
    window: search.window ?? null,
    channel: search.channel ?? null,
    tag: search.tag ?? null,
    teamId: teamViews.has(view) ? (search.teamId ?? null) : null,
  };
}

/** Whether anything beyond the view narrows the list (for "no conversation matches" and "Clear filters"). */
export function narrowed(filters: ListFilters): boolean {
  return (
    filters.status !== 'open' ||
    filters.window !== null ||
    filters.channel !== null ||
    filters.tag !== null ||
    filters.teamId !== null
  );
}

/** The address's secondary filters cleared, the view kept. */
export const clearedSearch = (view: ConversationView): InboxSearch => ({
  view,
  status: undefined,
  window: undefined,
  channel: undefined,
  tag: undefined,
  teamId: undefined,
});

/** `GET /api/conversations`'s query for the filters (`status` always sent: All's default is any). */
export function listQueryParams(
  filters: ListFilters,
  cursor: string | null,
  limit: number,
): Record<string, string | number | null> {
  const status: ConversationStatus | null = filters.status === 'any' ? null : filters.status;
  return {
    view: filters.view,
    status,
    window: filters.window,
    channel: filters.channel,
    tag: filters.tag,
    teamId: filters.teamId,
    limit,
    cursor,
  };
}

/**
 * Identifies the list a set of filters shows: a change reloads it from the first page. The caller's
 * teams count for the team and queue views without a team, which list those teams'.
 */
export function filtersKey(filters: ListFilters, myTeamIds: readonly string[] | null): string {
  const teams =
    (filters.view === 'team' || filters.view === 'queue') && filters.teamId === null
      ? [...(myTeamIds ?? [])].sort()
      : [];
  return JSON.stringify([
    filters.view,
    filters.status,
    filters.window,
    filters.channel,
    filters.tag,
    filters.teamId,
    teams,
  ]);
}

/**
 * The view someone starts in when the address names none: their own conversations when they are in
 * a team or have any assigned to them, else everything (an admin who routes but answers nothing).
 * Null while either answer is still coming; a failed read counts as "no".
 */
export function defaultView(
  memberOfATeam: boolean | undefined,
  assignedToMe: number | undefined,
  settled: boolean,
): ConversationView | null {
  if (memberOfATeam === true || (assignedToMe ?? 0) > 0) return 'mine';
  return settled ? 'all' : null;
}
