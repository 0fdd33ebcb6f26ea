import { Injectable } from '@nestjs/common';
import type { Message, Page, listMessagesQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { toMessageDtos } from './inbox.dto.js';
import { requireConversation } from './conversation-of.js';

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
    await requireConversation(sql, caller.organisationId, conversationId);
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
    const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [
      row.createdAt,
      row.id,
    ]);
    return {
      items: await toMessageDtos(sql, page.reverse()),
      nextCursor,
    };
  }
}
