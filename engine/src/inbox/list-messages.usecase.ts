import { Injectable } from '@nestjs/common';
import type { Message, Page, listMessagesQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { toMessageDto } from './inbox.dto.js';

/** A conversation's newest messages, oldest first; `nextCursor` pages back to older ones. */
@Injectable()
export class ListMessagesUseCase {
  constructor(private readonly database: Database) {}

  async execute(
    caller: Caller,
    conversationId: string,
    query: z.output<typeof listMessagesQuery>,
  ): Promise<Page<Message>> {
    const sql = this.database.sql();
    const conversation = await sql
      .selectFrom('Conversation')
      .select('id')
      .where('id', '=', conversationId)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!conversation) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    let select = sql
      .selectFrom('Message')
      .selectAll()
      .where('conversation', '=', conversationId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.before) {
      const { at, id } = decodeCursor(query.before, 'before');
      select = select.where((w) =>
        w.or([w('createdAt', '<', at), w.and([w('createdAt', '=', at), w('id', '<', id)])]),
      );
    }
    const rows = await select.execute();
    const page = rows.slice(0, query.limit);
    const oldest = page.at(-1);
    const ids = page.map((row) => row.id);
    const media = ids.length
      ? await sql
          .selectFrom('Media')
          .select(['id', 'message', 'state', 'mimeType', 'sizeBytes', 'filename'])
          .where('message', 'in', ids)
          .execute()
      : [];
    const mediaByMessage = new Map(media.map((row) => [row.message, row]));
    return {
      items: page.reverse().map((row) => toMessageDto(row, mediaByMessage.get(row.id))),
      nextCursor: rows.length > query.limit && oldest ? encodeCursor(oldest.createdAt, oldest.id) : null,
    };
  }
}
