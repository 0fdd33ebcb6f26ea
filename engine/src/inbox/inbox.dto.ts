import { z } from 'zod';
import type { Conversation, Media, Message } from '../infrastructure/database/entities.js';
import { mediaStates, messageStatuses } from '../infrastructure/database/entities.js';

export const conversationDto = z.object({
  id: z.uuid(),
  channel: z.string(),
  channelAccountId: z.string(),
  contact: z.object({ id: z.string(), name: z.string().nullable() }),
  lastMessageAt: z.iso.datetime(),
  lastMessagePreview: z.string().nullable(),
  lastInboundAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ConversationDto = z.infer<typeof conversationDto>;

export const messageDto = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  direction: z.enum(['inbound', 'outbound']),
  type: z.string(),
  text: z.string().nullable(),
  /** The normalized content for every kind but plain text (the channel SDK's inbound content shape). */
  content: z.record(z.string(), z.unknown()).nullable(),
  /** The media file a customer sent, once Parley has fetched it from the platform. */
  media: z
    .object({
      id: z.uuid(),
      state: z.enum(mediaStates),
      mimeType: z.string().nullable(),
      sizeBytes: z.number().nullable(),
      filename: z.string().nullable(),
      url: z.string().nullable(),
    })
    .nullable(),
  status: z.enum(messageStatuses),
  platformMessageId: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  statusUpdatedAt: z.iso.datetime(),
});
export type MessageDto = z.infer<typeof messageDto>;

export const inboxEventDto = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation.upserted'), conversation: conversationDto }),
  z.object({ type: z.literal('message.upserted'), message: messageDto }),
]);
export type InboxEventDto = z.infer<typeof inboxEventDto>;

type ConversationRow = Omit<Conversation, 'id'> & { id: string };
type MessageRow = Omit<Message, 'conversation'> & { conversation: string | { id: string } };
type MediaRow = Pick<Media, 'id' | 'state' | 'mimeType' | 'sizeBytes' | 'filename'>;

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value == null ? null : iso(value));

export function toConversationDto(row: ConversationRow): ConversationDto {
  return {
    id: row.id,
    channel: row.channel,
    channelAccountId: row.channelAccountId,
    contact: { id: row.contactId, name: row.contactName ?? null },
    lastMessageAt: iso(row.lastMessageAt),
    lastMessagePreview: row.lastMessagePreview ?? null,
    lastInboundAt: isoOrNull(row.lastInboundAt),
    createdAt: iso(row.createdAt),
  };
}

export function toMessageDto(row: MessageRow, media?: MediaRow): MessageDto {
  return {
    id: row.id,
    conversationId: typeof row.conversation === 'string' ? row.conversation : row.conversation.id,
    direction: row.direction,
    type: row.type,
    text: row.text ?? null,
    content: row.content ?? null,
    media: media
      ? {
          id: media.id,
          state: media.state,
          mimeType: media.mimeType ?? null,
          sizeBytes: media.sizeBytes ?? null,
          filename: media.filename ?? null,
          url: media.state === 'stored' ? `/api/media/${media.id}` : null,
        }
      : null,
    status: row.status,
    platformMessageId: row.platformMessageId ?? null,
    error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? '' } : null,
    createdAt: iso(row.createdAt),
    statusUpdatedAt: iso(row.statusUpdatedAt),
  };
}
