import type { Conversation, ConversationRouting } from '@parley/contracts';

/**
 * A conversation as a manual operation (closing it) left it, from the operation's answer: shown at
 * once, until the live stream brings the whole conversation. An owner or team the answer names but
 * the conversation does not know by name stays as it was; the live event names them.
 */
export function applyRouting(c: Conversation, routing: ConversationRouting): Conversation {
  const assignee = routing.assignedUserId === null ? null : (c.assignee ?? null);
  const team = routing.teamId === null ? null : (c.team ?? null);
  return { ...c, status: routing.status, assignee, team, queuedAt: routing.queuedAt };
}
