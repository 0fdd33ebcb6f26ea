import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { automaticRepliesResponseSchema, updateAutomaticRepliesSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../../auth/access.decorators.js';
import type { Caller } from '../../auth/caller.js';
import { idParam, parseInput } from '../../infrastructure/http/api-error.js';
import { ApiJson } from '../../infrastructure/http/openapi.js';
import { GetAutomaticRepliesUseCase } from './get-automatic-replies.usecase.js';
import { UpdateAutomaticRepliesUseCase } from './update-automatic-replies.usecase.js';

/** A channel account's greeting, away message, business hours and fallback template. */
@ApiTags('channels')
@Controller('api/channel-accounts/:id/automatic-replies')
export class AutomaticRepliesController {
  constructor(
    private readonly reading: GetAutomaticRepliesUseCase,
    private readonly updating: UpdateAutomaticRepliesUseCase,
  ) {}

  @Get()
  @Requires('channels:read')
  @ApiJson(automaticRepliesResponseSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') accountId: string) {
    return this.reading.get(caller, idParam(accountId));
  }

  /** Replaces the whole setting; a fallback template must be the account's, its variables filled. */
  @Put()
  @Requires('channels:manage')
  @ApiJson(automaticRepliesResponseSchema, { body: updateAutomaticRepliesSchema })
  update(@CurrentCaller() caller: Caller, @Param('id') accountId: string, @Body() body: unknown) {
    return this.updating.update(
      caller,
      idParam(accountId),
      parseInput(updateAutomaticRepliesSchema, body, 'body'),
    );
  }
}
