import { messageSchema, type SendMessageInput } from '@parley/contracts';
import { api, apiVoid, segment } from '../api/http';

/** The engine's routes that act in a conversation: send, mark read, show typing. */

const conversationPath = (id: string) => `/api/conversations/${segment(id)}`;

/** Sends a message (or a template); the same `clientId` sends it once however often retried. */
export const sendMessage = (conversationId: string, body: SendMessageInput) =>
  api('POST', `${conversationPath(conversationId)}/messages`, messageSchema, { body });

/** Marks the customer's messages read: blue ticks on their phone. */
export const markConversationRead = (conversationId: string) =>
  apiVoid('POST', `${conversationPath(conversationId)}/read`);

/** Shows the customer that someone is typing. */
export const sendTypingIndicator = (conversationId: string) =>
  apiVoid('POST', `${conversationPath(conversationId)}/typing`);
