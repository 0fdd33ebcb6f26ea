import type { Message, MessageStatus } from '@parley/contracts';

/** Delivery order (a held message is sent once the customer answers); `failed` is terminal and outranks everything. */
const RANK: Record<MessageStatus, number> = {
  received: 0,
  held: 1,
  pending: 2,
  accepted: 3,
  sent: 4,
  delivered: 5,
  read: 6,
  failed: Number.POSITIVE_INFINITY,
};

/** True when moving from `from` to `to` would be a step forward (a status never moves backwards). */
export function isStatusAdvance(from: MessageStatus, to: MessageStatus): boolean {
  return from !== 'failed' && RANK[to] > RANK[from];
}

const time = (iso: string): number => Date.parse(iso);

/** A fetched (or given-up) file never goes back to "downloading" because of a stale snapshot. */
function mergeMedia(current: Message['media'], incoming: Message['media']): Message['media'] {
  if (incoming === null) return current;
  if (current !== null && current.state !== 'pending' && incoming.state === 'pending') return current;
  return incoming;
}

/** Merges two versions of the same message; stale status and media updates never win over newer ones. */
export function mergeMessage(current: Message, incoming: Message): Message {
  const sameStatus = incoming.status === current.status;
  const statusSource =
    isStatusAdvance(current.status, incoming.status) ||
    (sameStatus && time(incoming.statusUpdatedAt) >= time(current.statusUpdatedAt))
      ? incoming
      : current;
  return {
    ...incoming,
    platformMessageId: incoming.platformMessageId ?? current.platformMessageId,
    media: mergeMedia(current.media, incoming.media),
    status: statusSource.status,
    error: statusSource.error,
    statusUpdatedAt: statusSource.statusUpdatedAt,
  };
}
