import type { ChannelAccount } from '@parley/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getChannelAccount, listChannelAccounts } from './channel-accounts.api';

export const channelAccountsQuery = queryOptions({
  queryKey: ['channel-accounts'] as const,
  queryFn: ({ signal }) => listChannelAccounts(signal),
});

export const channelAccountQuery = (id: string) =>
  queryOptions({
    queryKey: ['channel-account', id] as const,
    queryFn: ({ signal }) => getChannelAccount(id, signal),
  });

/** An account's new state into its cached detail and the cached list (added if the list lacks it). */
export function putChannelAccount(queryClient: QueryClient, account: ChannelAccount): void {
  queryClient.setQueryData(channelAccountsQuery.queryKey, (items) => {
    if (!items) return items;
    return items.some((a) => a.id === account.id)
      ? items.map((a) => (a.id === account.id ? account : a))
      : [...items, account];
  });
  queryClient.setQueryData(channelAccountQuery(account.id).queryKey, account);
}

/** After a change to an account: its new state everywhere at once, then a fresh list. */
export async function accountChanged(queryClient: QueryClient, account: ChannelAccount): Promise<void> {
  putChannelAccount(queryClient, account);
  await queryClient.invalidateQueries({ queryKey: channelAccountsQuery.queryKey });
}
