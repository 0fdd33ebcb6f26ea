import type { Message, MessageStatus } from '../api/types';

/** Delivery order; `failed` is terminal and outranks everything. */
const RANK: Record<MessageStatus, number> = {
  received: 0,
  pending: 1,
  accepted: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  failed: Number.POSITIVE_INFINITY,
};

/** True when moving from `from` to `to` would be a step forward (a status never moves backwards). */
export function isStatusAdvance(from: MessageStatus, to: MessageStatus): boolean {
  return from !== 'failed' && RANK[to] > RANK[from];
}

const time = (iso: string): number => Date.parse(iso);

/** Merges two versions of the same message; stale status updates never win over newer ones. */
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
    status: statusSource.status,
    error: statusSource.error,
    statusUpdatedAt: statusSource.statusUpdatedAt,
  };
}
