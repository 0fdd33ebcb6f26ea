import type { ConversationCounts, ConversationView, Team } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { teamsQuery } from '../../routing/teams.api';
import type { ListView } from '../inbox-state';
import { defaultView, filtersKey, resolveFilters, type InboxSearch, type ListFilters } from './inbox-search';
import { useConversationCounts } from './use-conversation-counts';

export interface InboxScope {
  /** The filters shown; null while the default view is being worked out. */
  filters: ListFilters | null;
  /** The list to load; null likewise. */
  view: ListView | null;
  /** Whether the view came from the default rather than the address. */
  defaulted: boolean;
  counts: ConversationCounts | undefined;
  countsError: ApiError | null;
  /** The organisation's teams, for the team filter and the queue. */
  teams: Team[] | undefined;
  teamsError: ApiError | null;
  /** The teams the signed-in person is in; null while unknown. */
  myTeamIds: readonly string[] | null;
}

/**
 * What the inbox lists for the signed-in person: the address's view and filters, or their default
 * view — worked out once, from their teams and their own conversations, so that it does not jump
 * when a conversation is assigned to them while they look.
 */
export function useInboxScope(search: InboxSearch, me: string): InboxScope {
  const teams = useQuery(teamsQuery);
  const counts = useConversationCounts();
  const myTeamIds = useMemo(
    () =>
      teams.data?.filter((team) => team.members.some((m) => m.userId === me)).map((team) => team.id) ?? null,
    [teams.data, me],
  );

  const [chosenDefault, setChosenDefault] = useState<ConversationView | null>(null);
  const settled = !teams.isPending && !counts.isPending;
  const computed = defaultView(
    myTeamIds === null ? undefined : myTeamIds.length > 0,
    counts.data?.mine,
    settled,
  );
  if (chosenDefault === null && computed !== null) setChosenDefault(computed);
  const fallback = chosenDefault ?? computed;

  const filters = useMemo(
    () => (search.view || fallback ? resolveFilters(search, search.view ?? fallback ?? 'all') : null),
    [search, fallback],
  );
  const key = filters ? filtersKey(filters, myTeamIds) : null;
  // A new view (and so a reload) only when the key or what matching needs changes.
  const view = useMemo<ListView | null>(
    () => (filters && key !== null ? { key, filters, me, myTeamIds } : null),
    [filters, key, me, myTeamIds],
  );

  return {
    filters,
    view,
    defaulted: !search.view,
    counts: counts.data,
    countsError: counts.error,
    teams: teams.data,
    teamsError: teams.error,
    myTeamIds,
  };
}
