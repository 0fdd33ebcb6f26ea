import type { InboxEvent } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { putChannelAccount } from '../integrations/channel-accounts.query';

/** Keeps cached reads in step with live events (the inbox merges its own; this is everything else). */
export function applyLiveEvent(queryClient: QueryClient, event: InboxEvent): void {
  if (event.type !== 'channel_account.updated') return;
  putChannelAccount(queryClient, event.channelAccount);
}
