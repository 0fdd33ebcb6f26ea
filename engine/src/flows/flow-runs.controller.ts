import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  flowAnalyticsQuerySchema,
  flowAnalyticsSchema,
  flowInvalidSchema,
  flowRunSchema,
  listFlowRunsQuerySchema,
  listSchema,
  startFlowTestRunSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ApiInvalidFlow } from './flow-openapi.js';
import { FlowAnalyticsUseCase } from './usecases/flow-analytics.usecase.js';
import { ListFlowRunsUseCase } from './usecases/list-flow-runs.usecase.js';
import { StartTestRunUseCase } from './usecases/start-test-run.usecase.js';

/** Runs of flows: test runs of a draft, the latest runs, one run's trace, and per-node analytics. */
@ApiTags('flows')
@Controller('api')
export class FlowRunsController {
  constructor(
    private readonly startTestRun: StartTestRunUseCase,
    private readonly runs: ListFlowRunsUseCase,
    private readonly analytics: FlowAnalyticsUseCase,
  ) {}

  /** Runs the draft in a sandbox customer's conversation, from their latest message. */
  @Post('flows/:id/test-runs')
  @Requires('flows:manage')
  @ApiJson(flowRunSchema, { status: 201, body: startFlowTestRunSchema })
  @ApiInvalidFlow(flowInvalidSchema)
  start(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    const { conversationId } = parseInput(startFlowTestRunSchema, body, 'body');
    return this.startTestRun.execute(caller, idParam(id), conversationId);
  }

  @Get('flows/:id/runs')
  @Requires('flows:read')
  @ApiJson(listSchema(flowRunSchema))
  async list(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return {
      items: await this.runs.list(caller, idParam(id), parseInput(listFlowRunsQuerySchema, query, 'query')),
    };
  }

  @Get('flow-runs/:id')
  @Requires('flows:read')
  @ApiJson(flowRunSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.runs.get(caller, idParam(id));
  }

  @Get('flows/:id/analytics')
  @Requires('flows:read')
  @ApiJson(flowAnalyticsSchema)
  measure(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    return this.analytics.execute(caller, idParam(id), parseInput(flowAnalyticsQuerySchema, query, 'query'));
  }
}
