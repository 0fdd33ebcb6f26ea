import { Injectable } from '@nestjs/common';
import type { Conversation, Page } from '@parley/contracts';
import type { listConversationsQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { conversationRows } from './conversation-rows.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { toConversationDto } from './inbox.dto.js';

/** The organisation's conversations with the most recent activity first, a page at a time. */
@Injectable()
export class ListConversationsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, query: z.output<typeof listConversationsQuery>): Promise<Page<Conversation>> {
    let select = conversationRows(this.database.sql(), caller.organisationId)
      .orderBy('Conversation.lastMessageAt', 'desc')
      .orderBy('Conversation.id', 'desc')
      .limit(query.limit + 1);
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor, 'cursor');
      select = select.where((w) =>
        w.or([
          w('Conversation.lastMessageAt', '<', at),
          w.and([w('Conversation.lastMessageAt', '=', at), w('Conversation.id', '<', id)]),
        ]),
      );
    }
    const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [
      row.lastMessageAt,
      row.id,
    ]);
    return { items: page.map(toConversationDto), nextCursor };
  }
}

@Injectable()
export class GetConversationUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<Conversation> {
    const row = await conversationRows(this.database.sql(), caller.organisationId)
      .where('Conversation.id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${id} does not exist`);
    return toConversationDto(row);
  }
}
