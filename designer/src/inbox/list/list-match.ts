import { windowOpen, type Conversation } from '@parley/contracts';
import type { ListFilters } from './inbox-search';

/** Who is looking: "mine" and "my teams" depend on it. */
export interface MatchContext {
  me: string;
  /** The teams the signed-in person is a member of; null while unknown. */
  myTeamIds: readonly string[] | null;
}

/**
 * Whether a conversation belongs in the list: `in`, `out`, or `unknown` when the client cannot tell
 * — a tag filter (a conversation does not carry its contact's tags), or "my teams" before the
 * teams are known. The API's conditions (engine/src/inbox/list-conversations.usecase.ts), applied
 * to one conversation as a live event brings it. Pure: the clock is passed in.
 */
export function matchesList(
  c: Conversation,
  filters: ListFilters,
  context: MatchContext,
  now: Date,
): 'in' | 'out' | 'unknown' {
  const status = c.status ?? 'open';
  if (filters.status !== 'any' && status !== filters.status) return 'out';
  const teamId = c.team?.id ?? null;
  const assigneeId = c.assignee?.id ?? null;
  let unknown = false;

  if (filters.view === 'mine' && assigneeId !== context.me) return 'out';
  if (filters.view === 'unassigned' && assigneeId !== null) return 'out';
  if (filters.view === 'queue' && (assigneeId !== null || !c.queuedAt)) return 'out';
  if (filters.view === 'team' || filters.view === 'queue') {
    if (filters.teamId !== null) {
      if (teamId !== filters.teamId) return 'out';
    } else if (teamId === null) return 'out';
    else if (context.myTeamIds === null) unknown = true;
    else if (!context.myTeamIds.includes(teamId)) return 'out';
  }
  if (filters.view === 'all' && filters.teamId !== null && teamId !== filters.teamId) return 'out';

  if (filters.channel !== null && c.channel !== filters.channel) return 'out';
  if (filters.window !== null && windowOpen(c.window, now) !== (filters.window === 'open')) return 'out';
  if (filters.tag !== null) unknown = true;
  return unknown ? 'unknown' : 'in';
}
