import { Injectable } from '@nestjs/common';
import type { ConversationEventList } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { iso } from '../../infrastructure/database/timestamps.js';
import { ApiError } from '../../infrastructure/http/api-error.js';

/** At most this many of a conversation's newest ownership changes are listed (oldest first). */
const eventLimit = 500;

const ref = (id: string | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

/**
 * A conversation's changes of ownership, for the thread: assignments, transfers with their note,
 * closes, reopens, snoozes, returns to the queue and to automation, missed first responses.
 */
@Injectable()
export class ListConversationEventsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, conversationId: string): Promise<ConversationEventList> {
    const sql = this.database.sql();
    const conversation = await sql
      .selectFrom('Conversation')
      .select('id')
      .where('id', '=', conversationId)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!conversation) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    const rows = await sql
      .selectFrom('ConversationEvent as e')
      .leftJoin('User as actor', 'actor.id', 'e.actor')
      .leftJoin('User as fromUser', 'fromUser.id', 'e.fromUser')
      .leftJoin('User as toUser', 'toUser.id', 'e.toUser')
      .leftJoin('Team as fromTeam', 'fromTeam.id', 'e.fromTeam')
      .leftJoin('Team as toTeam', 'toTeam.id', 'e.toTeam')
      .select([
        'e.id',
        'e.kind',
        'e.note',
        'e.at',
        'actor.id as actorId',
        'actor.name as actorName',
        'fromUser.id as fromUserId',
        'fromUser.name as fromUserName',
        'toUser.id as toUserId',
        'toUser.name as toUserName',
        'fromTeam.id as fromTeamId',
        'fromTeam.name as fromTeamName',
        'toTeam.id as toTeamId',
        'toTeam.name as toTeamName',
      ])
      .where('e.conversation', '=', conversationId)
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(eventLimit)
      .execute();
    return {
      items: rows.reverse().map((row) => ({
        id: row.id,
        conversationId,
        kind: row.kind,
        actor: ref(row.actorId, row.actorName),
        fromUser: ref(row.fromUserId, row.fromUserName),
        toUser: ref(row.toUserId, row.toUserName),
        fromTeam: ref(row.fromTeamId, row.fromTeamName),
        toTeam: ref(row.toTeamId, row.toTeamName),
        note: row.note,
        at: iso(row.at),
      })),
    };
  }
}
