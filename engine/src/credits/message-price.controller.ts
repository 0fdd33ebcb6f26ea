import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { messagePriceQuery, messagePriceSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { MessagePriceUseCase } from './message-price.usecase.js';

@ApiTags('credits')
@Controller('api/conversations')
export class MessagePriceController {
  constructor(private readonly price: MessagePriceUseCase) {}

  /** What sending now costs: a free-form message, or the template `templateId`; with the balance. */
  @Get(':id/price')
  @Requires('credits:read')
  @ApiJson(messagePriceSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return this.price.execute(caller, idParam(id), parseInput(messagePriceQuery, query, 'query'));
  }
}
