import { Injectable } from '@nestjs/common';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { type ConversationDto, toConversationDto } from './inbox.dto.js';

@Injectable()
export class GetConversationUseCase {
  constructor(private readonly database: Database) {}

  async execute(id: string): Promise<ConversationDto> {
    const row = await this.database
      .sql()
      .selectFrom('Conversation')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${id} does not exist`);
    return toConversationDto(row);
  }
}
