import type { Conversation } from '@parley/contracts';

const time = (iso: string | null): number => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/**
 * Merges two versions of the same conversation. Activity only moves forward: an older snapshot
 * (a slow fetch that lost a race with a live event) never rolls back the last message.
 */
export function mergeConversation(current: Conversation, incoming: Conversation): Conversation {
  const latest = time(incoming.lastMessageAt) >= time(current.lastMessageAt) ? incoming : current;
  return {
    ...incoming,
    lastMessageAt: latest.lastMessageAt,
    lastMessagePreview: latest.lastMessagePreview,
    lastInboundAt:
      time(incoming.lastInboundAt) >= time(current.lastInboundAt)
        ? incoming.lastInboundAt
        : current.lastInboundAt,
  };
}
