import type { Message } from '@parley/contracts';

/**
 * What the agent has seen of an open conversation: the conversation and its newest customer
 * message. Marking read again is due whenever this changes (it was opened, or the customer wrote).
 */
export function readKey(conversationId: string, messages: readonly Message[]): string {
  const latest = messages.findLast((m) => m.direction === 'inbound');
  return `${conversationId}:${latest?.id ?? ''}`;
}
