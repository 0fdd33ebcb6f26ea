import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseInput } from '../infrastructure/http/api-error.js';
import { errorSchema, openApiSchema } from '../infrastructure/http/openapi.js';
import { GetConversationUseCase } from './get-conversation.usecase.js';
import { conversationDto, messageDto } from './inbox.dto.js';
import { ListConversationsUseCase, listConversationsQuery } from './list-conversations.usecase.js';
import { ListMessagesUseCase, listMessagesQuery } from './list-messages.usecase.js';

const page = (item: z.ZodType) =>
  openApiSchema(z.object({ items: z.array(item), nextCursor: z.string().nullable() }));
const conversationId = z.uuid();

@ApiTags('inbox')
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly listConversations: ListConversationsUseCase,
    private readonly getConversation: GetConversationUseCase,
    private readonly listMessages: ListMessagesUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Conversations, most recent activity first' })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  })
  @ApiQuery({ name: 'cursor', required: false, schema: { type: 'string' } })
  @ApiOkResponse({ schema: page(conversationDto) })
  list(@Query() query: unknown) {
    return this.listConversations.execute(parseInput(listConversationsQuery, query, 'query'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One conversation' })
  @ApiOkResponse({ schema: openApiSchema(conversationDto) })
  @ApiNotFoundResponse({ schema: errorSchema })
  get(@Param('id') id: string) {
    return this.getConversation.execute(parseInput(conversationId, id, 'id'));
  }

  @Get(':id/messages')
  @ApiOperation({ summary: "A conversation's messages, oldest first; `nextCursor` pages to older ones" })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  })
  @ApiQuery({ name: 'before', required: false, schema: { type: 'string' } })
  @ApiOkResponse({ schema: page(messageDto) })
  @ApiNotFoundResponse({ schema: errorSchema })
  messages(@Param('id') id: string, @Query() query: unknown) {
    return this.listMessages.execute(
      parseInput(conversationId, id, 'id'),
      parseInput(listMessagesQuery, query, 'query'),
    );
  }
}
