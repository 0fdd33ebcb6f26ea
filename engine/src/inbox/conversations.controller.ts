import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  conversationSchema,
  listConversationsQuery,
  listMessagesQuery,
  messageSchema,
  pageSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { GetConversationUseCase, ListConversationsUseCase } from './list-conversations.usecase.js';
import { ListMessagesUseCase } from './list-messages.usecase.js';

@ApiTags('inbox')
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly listConversations: ListConversationsUseCase,
    private readonly getConversation: GetConversationUseCase,
    private readonly listMessages: ListMessagesUseCase,
  ) {}

  @Get()
  @Requires('inbox:read')
  @ApiJson(pageSchema(conversationSchema))
  list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.listConversations.execute(caller, parseInput(listConversationsQuery, query, 'query'));
  }

  @Get(':id')
  @Requires('inbox:read')
  @ApiJson(conversationSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.getConversation.execute(caller, idParam(id));
  }

  /** A conversation's messages, oldest first; `nextCursor` pages to older ones. */
  @Get(':id/messages')
  @Requires('inbox:read')
  @ApiJson(pageSchema(messageSchema))
  messages(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return this.listMessages.execute(caller, idParam(id), parseInput(listMessagesQuery, query, 'query'));
  }
}
