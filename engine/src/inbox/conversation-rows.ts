import type { Sql } from '../infrastructure/database/database.js';

/** Conversations with their channel account and contact, as every view of them needs. */
export function conversationRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('Conversation')
    .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
    .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
    .select([
      'Conversation.id',
      'Conversation.channel',
      'Conversation.lastMessageAt',
      'Conversation.lastMessagePreview',
      'Conversation.lastInboundAt',
      'Conversation.createdAt',
      'ChannelAccount.id as accountId',
      'ChannelAccount.name as accountName',
      'ChannelAccount.enabled as accountEnabled',
      'ChannelAccount.disconnectedAt as accountDisconnectedAt',
      'Contact.id as contactId',
      'Contact.name as contactName',
      'Contact.platformId as contactPlatformId',
      'Contact.userId as contactUserId',
      'Contact.username as contactUsername',
    ])
    .where('Conversation.organisation', '=', organisationId);
}

export type ConversationRow = Awaited<
  ReturnType<ReturnType<typeof conversationRows>['executeTakeFirstOrThrow']>
>;
