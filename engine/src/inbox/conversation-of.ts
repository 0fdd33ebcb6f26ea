import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

/** Refuses (404) a conversation that is not the organisation's. */
export async function requireConversation(
  sql: Sql,
  organisationId: string,
  conversationId: string,
): Promise<void> {
  const conversation = await sql
    .selectFrom('Conversation')
    .select('id')
    .where('id', '=', conversationId)
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  if (!conversation) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
}
