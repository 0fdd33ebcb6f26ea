import type { Conversation, Message } from '@parley/contracts';

/** Builders for unit tests only. */

const at = (minute: number): string => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

export const ACCOUNT_ID = '0a3c8a55-3f0e-4d6b-9b1e-7d1f3c9a2b10';
export const CONTACT_ID = '5b9e2f3a-8c1d-4e7f-a2b6-1c3d5e7f9a0b';

export function conversation(id: string, minute: number, patch: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel: 'whatsapp',
    channelAccount: {
      id: ACCOUNT_ID,
      channel: 'whatsapp',
      name: 'Support line',
      enabled: true,
      connected: true,
    },
    contact: {
      id: CONTACT_ID,
      name: `Contact ${id}`,
      platformId: '819012345678',
      userId: null,
      username: null,
    },
    lastMessageAt: at(minute),
    lastMessagePreview: `preview ${minute}`,
    lastInboundAt: at(minute),
    window: { unlimited: false, expiresAt: at(minute + 24 * 60), entryPointExpiresAt: null },
    unreadCount: 0,
    heldCount: 0,
    attention: null,
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
    replyTo: null,
    referral: null,
    sentBy: null,
    createdAt: at(minute),
    statusUpdatedAt: at(minute),
    ...patch,
  };
}

export { at };
