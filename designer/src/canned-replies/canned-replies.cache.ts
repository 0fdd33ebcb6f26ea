import type { CannedReply } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { cannedRepliesQuery } from './canned-replies.api';

/** The list in the engine's order: by shortcut. */
const byShortcut = (a: CannedReply, b: CannedReply) =>
  a.shortcut < b.shortcut ? -1 : a.shortcut > b.shortcut ? 1 : 0;

/** A saved canned reply into the cached list at once (added when new), then the list read again. */
export async function cannedReplySaved(queryClient: QueryClient, reply: CannedReply): Promise<void> {
  queryClient.setQueryData(cannedRepliesQuery.queryKey, (replies) => {
    if (!replies) return replies;
    const others = replies.filter((r) => r.id !== reply.id);
    return [...others, reply].sort(byShortcut);
  });
  await queryClient.invalidateQueries({ queryKey: cannedRepliesQuery.queryKey });
}

/** A deleted canned reply out of the cached list at once, then the list read again. */
export async function cannedReplyDeleted(queryClient: QueryClient, id: string): Promise<void> {
  queryClient.setQueryData(cannedRepliesQuery.queryKey, (replies) => replies?.filter((r) => r.id !== id));
  await queryClient.invalidateQueries({ queryKey: cannedRepliesQuery.queryKey });
}
