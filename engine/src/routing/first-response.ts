import type { Sql } from '../infrastructure/database/database.js';

/**
 * The agent's first reply since the conversation was (re)opened: from now on it stays with them
 * when they go offline, and its SLA is met. Once: a later reply changes nothing. For the
 * transaction that stores the agent's message.
 */
export async function recordFirstResponse(sql: Sql, conversationId: string, at: Date): Promise<boolean> {
  const result = await sql
    .updateTable('Conversation')
    .set({ firstResponseAt: at })
    .where('id', '=', conversationId)
    .where('firstResponseAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
