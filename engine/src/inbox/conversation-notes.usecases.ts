import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConversationNote, createNoteSchema, listNotesQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { iso } from '../infrastructure/database/timestamps.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { InboxEvents } from './inbox-events.service.js';

async function requireConversation(sql: Sql, caller: Caller, id: string) {
  const row = await sql
    .selectFrom('Conversation')
    .select('id')
    .where('id', '=', id)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${id} does not exist`);
}

/**
 * Internal notes in a conversation's thread. A note is its own row, never a message: nothing that
 * sends (the outbox, the workflows, the connectors) reads this table, so no note ever reaches the
 * customer. Pushed live to the organisation's agents.
 */
@Injectable()
export class ConversationNotesUseCases {
  constructor(
    private readonly database: Database,
    private readonly events: InboxEvents,
  ) {}

  async add(
    caller: Caller,
    conversationId: string,
    input: z.output<typeof createNoteSchema>,
  ): Promise<ConversationNote> {
    const sql = this.database.sql();
    await requireConversation(sql, caller, conversationId);
    const id = randomUUID();
    const createdAt = new Date();
    await sql
      .insertInto('ConversationNote')
      .values({
        id,
        organisation: caller.organisationId,
        conversation: conversationId,
        author: caller.userId,
        text: input.text,
        createdAt,
      })
      .execute();
    const author = await sql
      .selectFrom('User')
      .select(['id', 'name'])
      .where('id', '=', caller.userId)
      .executeTakeFirst();
    const note = { id, conversationId, text: input.text, author: author ?? null, createdAt: iso(createdAt) };
    this.events.conversationNote(caller.organisationId, note);
    return note;
  }

  /** The thread's notes, oldest first (as the thread shows them between the messages). */
  async list(
    caller: Caller,
    conversationId: string,
    query: z.output<typeof listNotesQuery>,
  ): Promise<ConversationNote[]> {
    const sql = this.database.sql();
    await requireConversation(sql, caller, conversationId);
    const rows = await sql
      .selectFrom('ConversationNote')
      .leftJoin('User', 'User.id', 'ConversationNote.author')
      .select([
        'ConversationNote.id',
        'ConversationNote.text',
        'ConversationNote.createdAt',
        'User.id as authorId',
        'User.name as authorName',
      ])
      .where('ConversationNote.conversation', '=', conversationId)
      .orderBy('ConversationNote.createdAt', 'asc')
      .orderBy('ConversationNote.id', 'asc')
      .limit(query.limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      conversationId,
      text: row.text,
      author: row.authorId && row.authorName ? { id: row.authorId, name: row.authorName } : null,
      createdAt: iso(row.createdAt),
    }));
  }
}
