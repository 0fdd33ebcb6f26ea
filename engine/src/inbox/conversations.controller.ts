import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  conversationCountsSchema,
  conversationNoteSchema,
  createNoteSchema,
  listNotesQuery,
  listSchema,
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
import {
  CountConversationsUseCase,
  GetConversationUseCase,
  ListConversationsUseCase,
} from './list-conversations.usecase.js';
import { ConversationNotesUseCases } from './conversation-notes.usecases.js';
import { ListMessagesUseCase } from './list-messages.usecase.js';

@ApiTags('inbox')
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly listConversations: ListConversationsUseCase,
    private readonly getConversation: GetConversationUseCase,
    private readonly countConversations: CountConversationsUseCase,
    private readonly listMessages: ListMessagesUseCase,
    private readonly notes: ConversationNotesUseCases,
  ) {}

  @Get()
  @Requires('inbox:read')
  @ApiJson(pageSchema(conversationSchema))
  list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.listConversations.execute(caller, parseInput(listConversationsQuery, query, 'query'));
  }

  /** How many open conversations each view holds for the caller (the inbox's tabs). */
  @Get('counts')
  @Requires('inbox:read')
  @ApiJson(conversationCountsSchema)
  counts(@CurrentCaller() caller: Caller) {
    return this.countConversations.execute(caller);
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

  /** An internal note in the thread: agents see it (live, too); the customer never does. */
  @Post(':id/notes')
  @Requires('messages:send')
  @ApiJson(conversationNoteSchema, { status: 201, body: createNoteSchema })
  addNote(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.notes.add(caller, idParam(id), parseInput(createNoteSchema, body, 'body'));
  }

  /** The thread's internal notes, oldest first. */
  @Get(':id/notes')
  @Requires('inbox:read')
  @ApiJson(listSchema(conversationNoteSchema))
  async listNotes(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return { items: await this.notes.list(caller, idParam(id), parseInput(listNotesQuery, query, 'query')) };
  }
}
