import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  cannedReplyInputSchema,
  cannedReplySchema,
  listSchema,
  renderCannedReplyQuery,
  renderedCannedReplySchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { CannedRepliesUseCases } from './canned-replies.usecases.js';

/** Canned replies: agents read and render them; admins (templates:manage) write them. */
@ApiTags('inbox')
@Controller('api/canned-replies')
export class CannedRepliesController {
  constructor(private readonly replies: CannedRepliesUseCases) {}

  @Get()
  @Requires('inbox:read')
  @ApiJson(listSchema(cannedReplySchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.replies.list(caller) };
  }

  @Get(':id')
  @Requires('inbox:read')
  @ApiJson(cannedReplySchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.replies.get(caller, idParam(id));
  }

  @Post()
  @Requires('templates:manage')
  @ApiJson(cannedReplySchema, { status: 201, body: cannedReplyInputSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.replies.create(caller, parseInput(cannedReplyInputSchema, body, 'body'));
  }

  @Put(':id')
  @Requires('templates:manage')
  @ApiJson(cannedReplySchema, { body: cannedReplyInputSchema })
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.replies.update(caller, idParam(id), parseInput(cannedReplyInputSchema, body, 'body'));
  }

  @Delete(':id')
  @Requires('templates:manage')
  @ApiJson(cannedReplySchema)
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.replies.remove(caller, idParam(id));
  }

  /** The text with `{{contact.name}}`-style variables filled in for a conversation. */
  @Post(':id/render')
  @Requires('inbox:read')
  @ApiJson(renderedCannedReplySchema)
  render(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    const { conversationId } = parseInput(renderCannedReplyQuery, query, 'query');
    return this.replies.render(caller, idParam(id), conversationId);
  }
}
