import type { AppConfig } from '../infrastructure/config/config.schema.js';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { channelIdOf } from '../channels/connectors.js';
import { isSandboxChannel } from './sandbox-channels.js';

/**
 * The conversation a test run may go to: the organisation's, with a sandbox customer (never a
 * real one: a draft may be unfinished), on an account that is on, with a message from the
 * customer to start from, and no person owning it (automation would not send).
 */
export async function requireTestConversation(
  sql: Sql,
  config: AppConfig,
  organisationId: string,
  conversationId: string,
) {
  const conversation = await sql
    .selectFrom('Conversation as c')
    .innerJoin('ChannelAccount as a', 'a.id', 'c.channelAccount')
    .leftJoin('User as u', 'u.id', 'c.assignedUser')
    .select([
      'c.id',
      'c.channelAccount',
      'c.activeFlowRun',
      'a.channel',
      'a.name',
      'a.enabled',
      'u.name as owner',
    ])
    .where('c.id', '=', conversationId)
    .where('c.organisation', '=', organisationId)
    .executeTakeFirst();
  if (!conversation) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
  if (!isSandboxChannel(channelIdOf(conversation.channel), config))
    throw new ApiError(
      409,
      'NOT_A_SANDBOX_CONVERSATION',
      `test runs go to the sandbox's customers only; ${conversation.name} talks to real customers`,
    );
  if (!conversation.enabled)
    throw new ApiError(
      409,
      'CHANNEL_ACCOUNT_OFF',
      `${conversation.name} is turned off; turn it on to test there`,
    );
  if (conversation.owner)
    throw new ApiError(
      409,
      'CONVERSATION_ASSIGNED',
      `${conversation.owner} owns this conversation; return it to automation to test a flow in it`,
    );
  const written = await sql
    .selectFrom('Message')
    .select('id')
    .where('conversation', '=', conversationId)
    .where('direction', '=', 'inbound')
    .limit(1)
    .executeTakeFirst();
  if (!written)
    throw new ApiError(
      409,
      'NO_CUSTOMER_MESSAGE',
      'the customer has not written in this conversation yet; send a message from the customer phone first',
    );
  return conversation;
}
