import { randomUUID } from 'node:crypto';
import type { ConversationEventKind } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';

export interface ConversationEventRecord {
  organisationId: string;
  conversationId: string;
  kind: ConversationEventKind;
  actorUserId?: string | null;
  fromUserId?: string | null;
  toUserId?: string | null;
  fromTeamId?: string | null;
  toTeamId?: string | null;
  note?: string | null;
  at: Date;
}

/** Records a change of the conversation's ownership, in the transaction that makes it. */
export async function recordConversationEvent(sql: Sql, event: ConversationEventRecord): Promise<void> {
  await sql
    .insertInto('ConversationEvent')
    .values({
      id: randomUUID(),
      organisation: event.organisationId,
      conversation: event.conversationId,
      kind: event.kind,
      actor: event.actorUserId ?? null,
      fromUser: event.fromUserId ?? null,
      toUser: event.toUserId ?? null,
      fromTeam: event.fromTeamId ?? null,
      toTeam: event.toTeamId ?? null,
      note: event.note ?? null,
      at: event.at,
    })
    .execute();
}

/** The agent who last held the conversation, for `sticky`: the contact goes back to them. */
export async function previousAgentOf(sql: Sql, conversationId: string): Promise<string | null> {
  const row = await sql
    .selectFrom('ConversationEvent')
    .select('toUser')
    .where('conversation', '=', conversationId)
    .where('kind', 'in', ['assigned', 'transferred'])
    .where('toUser', 'is not', null)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.toUser ?? null;
}

/**
 * The agent who last handed the conversation away to its queue — by a transfer to a team, or by
 * missing its first-response target — so automatic assignment does not hand it straight back.
 */
export async function handedAwayBy(sql: Sql, conversationId: string): Promise<string | null> {
  const last = await sql
    .selectFrom('ConversationEvent')
    .select(['kind', 'fromUser', 'toUser'])
    .where('conversation', '=', conversationId)
    .where('kind', 'in', [
      'assigned',
      'transferred',
      'returned_to_queue',
      'reopened',
      'closed',
      'sla_breached',
    ])
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last || last.toUser !== null || !['transferred', 'sla_breached'].includes(last.kind)) return null;
  return last.fromUser ?? null;
}
