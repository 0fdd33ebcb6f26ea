import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '../infrastructure/database/database.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { type ConversationDto, toConversationDto } from './inbox.dto.js';

export const listConversationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).optional(),
});

/** Conversations with the most recent activity first, a page at a time. */
@Injectable()
export class ListConversationsUseCase {
  constructor(private readonly database: Database) {}

  async execute(
    query: z.infer<typeof listConversationsQuery>,
  ): Promise<{ items: ConversationDto[]; nextCursor: string | null }> {
    let select = this.database
      .sql()
      .selectFrom('Conversation')
      .selectAll()
      .orderBy('lastMessageAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor, 'cursor');
      select = select.where((w) =>
        w.or([w('lastMessageAt', '<', at), w.and([w('lastMessageAt', '=', at), w('id', '<', id)])]),
      );
    }
    const rows = await select.execute();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toConversationDto),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.lastMessageAt, last.id) : null,
    };
  }
}
