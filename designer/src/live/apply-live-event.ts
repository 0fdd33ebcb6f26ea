import type { ChannelAccount, InboxEvent } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { channelAccountQuery, channelAccountsQuery } from '../integrations/channel-accounts.query';

/** Keeps cached reads in step with live events (the inbox merges its own; this is everything else). */
export function applyLiveEvent(queryClient: QueryClient, event: InboxEvent): void {
  if (event.type !== 'channel_account.updated') return;
  const account = event.channelAccount;
  queryClient.setQueryData(channelAccountsQuery.queryKey, (items: ChannelAccount[] | undefined) => {
    if (!items) return items;
    return items.some((a) => a.id === account.id)
      ? items.map((a) => (a.id === account.id ? account : a))
      : [...items, account];
  });
  queryClient.setQueryData(channelAccountQuery(account.id).queryKey, account);
}
