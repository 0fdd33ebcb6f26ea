import type { Conversation, Message } from '@parley/contracts';
import { messageContentSchema } from '@parley/contracts';
import { toChannelAccountSummary } from '../channels/channel-account.dto.js';
import type { Media, Message as MessageRow } from '../infrastructure/database/entities.js';
import type { Sql } from '../infrastructure/database/database.js';
import type { ConversationRow } from './conversation-rows.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';
import { channelIdOf } from '../channels/connectors.js';

type MessageData = Omit<MessageRow, 'conversation' | 'organisation' | 'channelAccount'> & {
  conversation: string | { id: string };
};
type MediaRow = Pick<Media, 'id' | 'state' | 'mimeType' | 'sizeBytes' | 'filename'>;

export function toConversationDto(row: ConversationRow): Conversation {
  return {
    id: row.id,
    channel: channelIdOf(row.channel),
    channelAccount: toChannelAccountSummary({
      id: row.accountId,
      channel: row.channel,
      name: row.accountName,
      enabled: row.accountEnabled,
      disconnectedAt: row.accountDisconnectedAt,
    }),
    contact: {
      id: row.contactId,
      name: row.contactName ?? null,
      platformId: row.contactPlatformId ?? null,
      userId: row.contactUserId ?? null,
      username: row.contactUsername ?? null,
    },
    lastMessageAt: iso(row.lastMessageAt),
    lastMessagePreview: row.lastMessagePreview ?? null,
    lastInboundAt: isoOrNull(row.lastInboundAt),
    createdAt: iso(row.createdAt),
  };
}

export function toMessageDto(row: MessageData, media?: MediaRow): Message {
  const content = row.content ? messageContentSchema.safeParse(row.content) : undefined;
  return {
    id: row.id,
    conversationId: typeof row.conversation === 'string' ? row.conversation : row.conversation.id,
    direction: row.direction,
    type: row.type,
    text: row.text ?? null,
    content: content?.success ? content.data : null,
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

/** Messages as the contract has them, each with its media (one query for all of them). */
export async function toMessageDtos(sql: Sql, rows: readonly MessageData[]): Promise<Message[]> {
  if (rows.length === 0) return [];
  const media = await sql
    .selectFrom('Media')
    .select(['id', 'message', 'state', 'mimeType', 'sizeBytes', 'filename'])
    .where(
      'message',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  const byMessage = new Map(media.map((row) => [row.message, row]));
  return rows.map((row) => toMessageDto(row, byMessage.get(row.id)));
}
