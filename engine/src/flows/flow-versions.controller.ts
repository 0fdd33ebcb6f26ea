import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  flowDetailSchema,
  flowDiffQuerySchema,
  flowDiffSchema,
  flowInvalidSchema,
  flowVersionNumberSchema,
  flowVersionSchema,
  flowVersionSummarySchema,
  listSchema,
  publishFlowSchema,
  rollbackFlowSchema,
  staleRevisionSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ApiConflict, ApiInvalidFlow } from './flow-openapi.js';
import { DiffFlowUseCase } from './usecases/diff-flow.usecase.js';
import { ListFlowVersionsUseCase } from './usecases/list-flow-versions.usecase.js';
import { PublishFlowUseCase } from './usecases/publish-flow.usecase.js';
import { RollbackFlowUseCase } from './usecases/rollback-flow.usecase.js';

/** A flow's published versions: publishing, the history, comparing, rolling back. */
@ApiTags('flows')
@Controller('api/flows/:id')
export class FlowVersionsController {
  constructor(
    private readonly publishFlow: PublishFlowUseCase,
    private readonly versions: ListFlowVersionsUseCase,
    private readonly diffFlow: DiffFlowUseCase,
    private readonly rollbackFlow: RollbackFlowUseCase,
  ) {}

  @Post('publish')
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { status: 201, body: publishFlowSchema })
  @ApiConflict(staleRevisionSchema)
  @ApiInvalidFlow(flowInvalidSchema)
  publish(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.publishFlow.execute(caller, idParam(id), parseInput(publishFlowSchema, body, 'body'));
  }

  @Get('versions')
  @Requires('flows:read')
  @ApiJson(listSchema(flowVersionSummarySchema))
  async list(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return { items: await this.versions.list(caller, idParam(id)) };
  }

  @Get('versions/:version')
  @Requires('flows:read')
  @ApiJson(flowVersionSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string, @Param('version') version: string) {
    return this.versions.get(caller, idParam(id), parseInput(flowVersionNumberSchema, version, 'version'));
  }

  @Get('diff')
  @Requires('flows:read')
  @ApiJson(flowDiffSchema)
  diff(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return this.diffFlow.execute(caller, idParam(id), parseInput(flowDiffQuerySchema, query, 'query'));
  }

  /** Publishes an earlier version's graph again as the next version, and resets the draft to it. */
  @Post('rollback')
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { status: 201, body: rollbackFlowSchema })
  @ApiInvalidFlow(flowInvalidSchema)
  rollback(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.rollbackFlow.execute(caller, idParam(id), parseInput(rollbackFlowSchema, body, 'body'));
  }
}
