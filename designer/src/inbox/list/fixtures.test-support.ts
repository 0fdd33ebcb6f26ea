import type { Conversation } from '@parley/contracts';
import { conversation } from '../fixtures.test-support';
import type { ListView } from '../inbox-state';
import { filtersKey, resolveFilters, type InboxSearch } from './inbox-search';

/** Builders for the list's unit tests only. */

export const ME = '00000000-0000-4000-8000-000000000001';
export const OTHER = '00000000-0000-4000-8000-000000000002';
export const SALES = { id: '10000000-0000-4000-8000-000000000001', name: 'Sales' };
export const BILLING = { id: '10000000-0000-4000-8000-000000000002', name: 'Billing' };

export const sato = { id: ME, name: '佐藤 花子' };
export const tanaka = { id: OTHER, name: '田中 愛子' };

/** A list view for `search`, looked at by me, a member of Sales. */
export function viewOf(search: InboxSearch, myTeamIds: readonly string[] | null = [SALES.id]): ListView {
  const filters = resolveFilters(search, 'mine');
  return { key: filtersKey(filters, myTeamIds), filters, me: ME, myTeamIds };
}

/** An open conversation of Sales, assigned to `assignee` (or queued there when null). */
export function routed(
  id: string,
  minute: number,
  assignee: { id: string; name: string } | null,
  patch: Partial<Conversation> = {},
): Conversation {
  return conversation(id, minute, {
    status: 'open',
    team: SALES,
    assignee,
    queuedAt: assignee ? null : new Date(Date.UTC(2025, 0, 1, 11, minute)).toISOString(),
    firstResponseAt: null,
    ...patch,
  });
}
