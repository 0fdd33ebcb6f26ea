import type { Sql } from '../infrastructure/database/database.js';

/** Whom a conversation's messages go to, and through which channel account. */
export function conversationTarget(sql: Sql, conversationId: string) {
  return sql
    .selectFrom('Conversation')
    .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
    .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
    .select([
      'Conversation.organisation',
      'Conversation.activeFlowRun',
      'ChannelAccount.id',
      'ChannelAccount.channel',
      'ChannelAccount.platformAccountId',
      'ChannelAccount.parentAccountId',
      'ChannelAccount.enabled',
      'ChannelAccount.credentials',
      'ChannelAccount.disconnectedAt',
      'Contact.platformId',
      'Contact.userId',
    ])
    .where('Conversation.id', '=', conversationId);
}
