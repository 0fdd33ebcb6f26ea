/** Wire types of the engine's inbox API (`/api/conversations…`, `/api/events`, `/health`). */

export interface Conversation {
  id: string;
  channel: 'whatsapp';
  channelAccountId: string;
  contact: { id: string; name: string | null };
  lastMessageAt: string;
  lastMessagePreview: string | null;
  lastInboundAt: string | null;
  createdAt: string;
}

export const MESSAGE_STATUSES = [
  'received',
  'pending',
  'accepted',
  'sent',
  'delivered',
  'read',
  'failed',
] as const;

export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface Message {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  type: 'text' | 'unsupported';
  text: string | null;
  status: MessageStatus;
  platformMessageId: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  statusUpdatedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type InboxEvent =
  | { type: 'conversation.upserted'; conversation: Conversation }
  | { type: 'message.upserted'; message: Message };

export interface Health {
  status: 'ok' | 'degraded';
  database: { ok: boolean };
  temporal: { ok: boolean };
}
