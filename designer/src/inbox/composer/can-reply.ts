import type { Conversation } from '@parley/contracts';

/** Whether this person can act in the conversation: reply, quote, mark read, show typing. */
export function canReply(conversation: Pick<Conversation, 'channelAccount'>, maySend: boolean): boolean {
  return maySend && conversation.channelAccount.enabled && conversation.channelAccount.connected;
}
