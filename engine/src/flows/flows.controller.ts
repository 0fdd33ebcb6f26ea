import { Body, Controller, Delete, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createFlowSchema,
  duplicateFlowSchema,
  flowActivationSchema,
  flowDetailSchema,
  flowSummarySchema,
  flowValidationContextQuerySchema,
  flowTestChannelsSchema,
  flowValidationContextSchema,
  listSchema,
  saveFlowDraftSchema,
  staleRevisionSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { connectorIds } from '../channels/connectors.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { isSandboxChannel } from './sandbox-channels.js';
import { ApiConflict } from './flow-openapi.js';
import { CreateFlowUseCase } from './usecases/create-flow.usecase.js';
import { DeleteFlowUseCase } from './usecases/delete-flow.usecase.js';
import { DuplicateFlowUseCase } from './usecases/duplicate-flow.usecase.js';
import { GetValidationContextUseCase } from './usecases/get-validation-context.usecase.js';
import { ListFlowsUseCase } from './usecases/list-flows.usecase.js';
import { SaveFlowDraftUseCase } from './usecases/save-flow-draft.usecase.js';
import { SetFlowActivationUseCase } from './usecases/set-flow-activation.usecase.js';

/** Flows and their drafts: the list, the editor's load and autosave, copies, activation, deletion. */
@ApiTags('flows')
@Controller('api/flows')
export class FlowsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly flows: ListFlowsUseCase,
    private readonly createFlow: CreateFlowUseCase,
    private readonly saveDraft: SaveFlowDraftUseCase,
    private readonly duplicateFlow: DuplicateFlowUseCase,
    private readonly setActivation: SetFlowActivationUseCase,
    private readonly deleteFlow: DeleteFlowUseCase,
    private readonly validationContext: GetValidationContextUseCase,
  ) {}

  @Get()
  @Requires('flows:read')
  @ApiJson(listSchema(flowSummarySchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.flows.list(caller) };
  }

  @Post()
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { status: 201, body: createFlowSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.createFlow.execute(caller, parseInput(createFlowSchema, body, 'body'));
  }

  @Get('validation-context')
  @Requires('flows:read')
  @ApiJson(flowValidationContextSchema)
  context(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.validationContext.execute(
      caller,
      parseInput(flowValidationContextQuerySchema, query, 'query').flowId,
    );
  }

  /** Where test runs may go: the channels this installation points at the sandbox. */
  @Get('test-channels')
  @Requires('flows:read')
  @ApiJson(flowTestChannelsSchema)
  testChannels() {
    return { channels: connectorIds.filter((channel) => isSandboxChannel(channel, this.config)) };
  }

  @Get(':id')
  @Requires('flows:read')
  @ApiJson(flowDetailSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.flows.get(caller, idParam(id));
  }

  @Put(':id/draft')
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { body: saveFlowDraftSchema })
  @ApiConflict(staleRevisionSchema)
  save(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.saveDraft.execute(caller, idParam(id), parseInput(saveFlowDraftSchema, body, 'body'));
  }

  @Post(':id/duplicate')
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { status: 201, body: duplicateFlowSchema })
  duplicate(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.duplicateFlow.execute(
      caller,
      idParam(id),
      parseInput(duplicateFlowSchema, body ?? {}, 'body'),
    );
  }

  @Put(':id/activation')
  @Requires('flows:manage')
  @ApiJson(flowSummarySchema, { body: flowActivationSchema })
  activate(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.setActivation.execute(caller, idParam(id), parseInput(flowActivationSchema, body, 'body'));
  }

  /** Archives the flow: it stops listening; runs already going finish in their version. */
  @Delete(':id')
  @Requires('flows:manage')
  @ApiJson(flowSummarySchema)
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.deleteFlow.execute(caller, idParam(id));
  }
}
