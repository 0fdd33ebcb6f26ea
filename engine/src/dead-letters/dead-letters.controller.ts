import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  deadLetterDetailSchema,
  deadLetterSchema,
  listDeadLettersQuery,
  pageSchema,
  replayResultSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { DeadLettersUseCase } from './dead-letters.usecases.js';

@ApiTags('webhooks')
@Controller('api/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersUseCase) {}

  @Get()
  @Requires('webhooks:manage')
  @ApiJson(pageSchema(deadLetterSchema))
  list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.deadLetters.list(caller, parseInput(listDeadLettersQuery, query, 'query'));
  }

  @Get(':id')
  @Requires('webhooks:manage')
  @ApiJson(deadLetterDetailSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') letterId: string) {
    return this.deadLetters.get(caller, idParam(letterId));
  }

  @Post(':id/replay')
  @Requires('webhooks:manage')
  @HttpCode(200)
  @ApiJson(replayResultSchema)
  replay(@CurrentCaller() caller: Caller, @Param('id') letterId: string) {
    return this.deadLetters.replay(caller, idParam(letterId));
  }
}
