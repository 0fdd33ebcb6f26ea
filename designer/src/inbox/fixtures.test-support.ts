import type { Conversation, Message } from '../api/types';

/** Builders for unit tests only. */

const at = (minute: number): string => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

export function conversation(id: string, minute: number, patch: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel: 'whatsapp',
    channelAccountId: 'acc-1',
    contact: { id: `c-${id}`, name: `Contact ${id}` },
    lastMessageAt: at(minute),
    lastMessagePreview: `preview ${minute}`,
    lastInboundAt: at(minute),
    createdAt: at(0),
    ...patch,
  };
}

export function message(id: string, minute: number, patch: Partial<Message> = {}): Message {
  return {
    id,
    conversationId: 'conv-1',
    direction: 'outbound',
    type: 'text',
    text: `text ${id}`,
    content: null,
    media: null,
    status: 'pending',
    platformMessageId: null,
    error: null,
    createdAt: at(minute),
    statusUpdatedAt: at(minute),
    ...patch,
  };
}

export { at };
