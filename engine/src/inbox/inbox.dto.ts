import type { Conversation, Message } from '@parley/contracts';
import { inboundContentSchema, referralSchema } from '@parley/connector-sdk/schemas';
import { messageContentSchema } from '@parley/contracts';
import { toChannelAccountSummary } from '../channels/channel-account.dto.js';
import type { Media, Message as MessageRow } from '../infrastructure/database/entities.js';
import type { Sql } from '../infrastructure/database/database.js';
import type { ConversationRow } from './conversation-rows.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';
import { channelIdOf, channels } from '../channels/connectors.js';
import { contentPreview } from '../messaging/message-content.js';

type MessageData = Omit<MessageRow, 'conversation' | 'organisation' | 'channelAccount' | 'sentBy'> & {
  conversation: string | { id: string };
  channelAccount: string | { id: string };
  sentBy?: string | { id: string } | null;
};
type Quoted = NonNullable<Message['replyTo']>;
const idOf = (ref: string | { id: string }) => (typeof ref === 'string' ? ref : ref.id);
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
    window: {
      unlimited:
        channels[channelIdOf(row.channel)].connector.manifest.capabilities.customerServiceWindowHours ===
        null,
      expiresAt: isoOrNull(row.windowExpiresAt),
      entryPointExpiresAt: isoOrNull(row.entryPointExpiresAt),
    },
    unreadCount: Number(row.unreadCount ?? 0),
    heldCount: Number(row.heldCount ?? 0),
    attention:
      row.attentionCode && row.attentionAt
        ? { code: row.attentionCode, message: row.attentionMessage ?? '', at: iso(row.attentionAt) }
        : null,
    createdAt: iso(row.createdAt),
    status: row.status,
    team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    assignee: row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null,
    queuedAt: isoOrNull(row.queuedAt),
    firstResponseAt: isoOrNull(row.firstResponseAt),
    snoozedUntil: isoOrNull(row.snoozedUntil),
  };
}

function toMessageDto(
  row: MessageData,
  media: MediaRow | undefined,
  quoted: Quoted | null,
  sentBy: { id: string; name: string } | null,
): Message {
  const content = row.content ? messageContentSchema.safeParse(row.content) : undefined;
  const referral = row.referral ? referralSchema.safeParse(row.referral) : undefined;
  return {
    id: row.id,
    conversationId: idOf(row.conversation),
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
    replyTo: quoted,
    referral: referral?.success ? referral.data : null,
    sentBy,
    createdAt: iso(row.createdAt),
    statusUpdatedAt: iso(row.statusUpdatedAt),
  };
}

/**
 * Messages as the contract has them, each with its media, the message it quotes and the agent who
 * sent it (one query for each of these, for all of them).
 */
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
  const quotedIds = [
    ...new Set(rows.flatMap((row) => (row.replyToPlatformId ? [row.replyToPlatformId] : []))),
  ];
  const quoted = quotedIds.length
    ? await sql
        .selectFrom('Message')
        .select(['id', 'channelAccount', 'platformMessageId', 'direction', 'type', 'text', 'content'])
        .where('platformMessageId', 'in', quotedIds)
        .execute()
    : [];
  const quotes = new Map(quoted.map((row) => [`${row.channelAccount}:${row.platformMessageId}`, row]));
  const senderIds = [...new Set(rows.flatMap((row) => (row.sentBy ? [idOf(row.sentBy)] : [])))];
  const senders = senderIds.length
    ? await sql.selectFrom('User').select(['id', 'name']).where('id', 'in', senderIds).execute()
    : [];
  const byId = new Map(senders.map((user) => [user.id, user]));
  return rows.map((row) => {
    const quote = row.replyToPlatformId
      ? quotes.get(`${idOf(row.channelAccount)}:${row.replyToPlatformId}`)
      : undefined;
    return toMessageDto(
      row,
      byMessage.get(row.id),
      row.replyToPlatformId
        ? {
            platformMessageId: row.replyToPlatformId,
            messageId: quote?.id ?? null,
            direction: quote?.direction ?? null,
            type: quote?.type ?? null,
            text: quote ? quotedText(quote) : null,
          }
        : null,
      row.sentBy ? (byId.get(idOf(row.sentBy)) ?? null) : null,
    );
  });
}

/** What a quote shows of the quoted message: its text, or its kind. */
function quotedText(row: { type: string; text: string | null; content: unknown }): string | null {
  if (row.text) return row.text.slice(0, 200);
  const content = row.content ? messageContentSchema.safeParse(row.content) : undefined;
  if (!content?.success) return null;
  const inbound = inboundContentSchema.safeParse(content.data);
  return inbound.success ? contentPreview(inbound.data) : null;
}
