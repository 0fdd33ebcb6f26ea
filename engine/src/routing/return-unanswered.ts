import type { Sql } from '../infrastructure/database/database.js';
import { giveSlotsBack } from './agent-slots.js';
import { recordConversationEvent } from './conversation-events.js';

/**
 * An agent going offline (or deactivated): their open conversations nobody has answered yet go
 * back to their team's queue keeping their `queuedAt` — they do not lose their place — and their
 * open count drops by as many. Answered ones stay with them. Each conversation moves by a
 * conditional update, so a conversation answered or closed meanwhile stays as it is. Answers the
 * teams whose queues grew.
 */
export async function returnUnanswered(sql: Sql, userId: string, now: Date): Promise<string[]> {
  const conversations = await sql
    .selectFrom('Conversation')
    .select(['id', 'organisation', 'team', 'queuedAt', 'assignedAt'])
    .where('assignedUser', '=', userId)
    .where('status', '=', 'open')
    .where('firstResponseAt', 'is', null)
    .execute();
  const teams = new Set<string>();
  let returned = 0;
  for (const conversation of conversations) {
    const moved = await sql
      .updateTable('Conversation')
      .set({
        assignedUser: null,
        assignedAt: null,
        queuedAt: conversation.queuedAt ?? conversation.assignedAt ?? now,
        updatedAt: now,
      })
      .where('id', '=', conversation.id)
      .where('assignedUser', '=', userId)
      .where('status', '=', 'open')
      .where('firstResponseAt', 'is', null)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) continue;
    returned++;
    if (conversation.team) teams.add(conversation.team);
    await recordConversationEvent(sql, {
      organisationId: conversation.organisation,
      conversationId: conversation.id,
      kind: 'returned_to_queue',
      fromUserId: userId,
      toTeamId: conversation.team,
      at: now,
    });
  }
  await giveSlotsBack(sql, userId, now, returned);
  return [...teams];
}
