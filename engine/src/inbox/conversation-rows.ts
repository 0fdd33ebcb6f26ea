import type { ExpressionBuilder } from 'kysely';
import type { Sql } from '../infrastructure/database/database.js';
import type { DB } from '../infrastructure/database/database.js';

/** How many of the conversation's messages have this status (an index range on conversation and status). */
function countOf(eb: ExpressionBuilder<DB, 'Conversation'>, status: 'received' | 'held') {
  return eb
    .selectFrom('Message')
    .select((inner) => inner.fn.countAll<number>().as('count'))
    .whereRef('Message.conversation', '=', 'Conversation.id')
    .where('Message.status', '=', status);
}

/** Conversations with their channel account and contact, as every view of them needs. */
export function conversationRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('Conversation')
    .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
    .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
    .leftJoin('Team', 'Team.id', 'Conversation.team')
    .leftJoin('User', 'User.id', 'Conversation.assignedUser')
    .select([
      'Conversation.id',
      'Conversation.channel',
      'Conversation.lastMessageAt',
      'Conversation.lastMessagePreview',
      'Conversation.lastInboundAt',
      'Conversation.windowExpiresAt',
      'Conversation.entryPointExpiresAt',
      'Conversation.attentionCode',
      'Conversation.attentionMessage',
      'Conversation.attentionAt',
      'Conversation.createdAt',
      'Conversation.status',
      'Conversation.queuedAt',
      'Conversation.firstResponseAt',
      'Conversation.snoozedUntil',
      'Team.id as teamId',
      'Team.name as teamName',
      'User.id as assigneeId',
      'User.name as assigneeName',
      'ChannelAccount.id as accountId',
      'ChannelAccount.name as accountName',
      'ChannelAccount.enabled as accountEnabled',
      'ChannelAccount.disconnectedAt as accountDisconnectedAt',
      'Contact.id as contactId',
      'Contact.name as contactName',
      'Contact.platformId as contactPlatformId',
      'Contact.userId as contactUserId',
      'Contact.username as contactUsername',
      (eb) => countOf(eb, 'received').as('unreadCount'),
      (eb) => countOf(eb, 'held').as('heldCount'),
    ])
    .where('Conversation.organisation', '=', organisationId);
}

export type ConversationRow = Awaited<
  ReturnType<ReturnType<typeof conversationRows>['executeTakeFirstOrThrow']>
>;
