import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  flowSettingsResponseSchema,
  secretNameSchema,
  setFlowSecretSchema,
  updateFlowHostsSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../../auth/access.decorators.js';
import type { Caller } from '../../auth/caller.js';
import { parseInput } from '../../infrastructure/http/api-error.js';
import { ApiJson } from '../../infrastructure/http/openapi.js';
import {
  DeleteFlowSecretUseCase,
  GetFlowSettingsUseCase,
  SetFlowSecretUseCase,
  UpdateFlowHostsUseCase,
} from './flow-settings.usecases.js';

/** What HTTP request nodes may reach: allowed hosts, and secrets set by name (never read back). */
@ApiTags('flows')
@Controller('api/flow-settings')
export class FlowSettingsController {
  constructor(
    private readonly settings: GetFlowSettingsUseCase,
    private readonly updateHosts: UpdateFlowHostsUseCase,
    private readonly setSecret: SetFlowSecretUseCase,
    private readonly deleteSecret: DeleteFlowSecretUseCase,
  ) {}

  @Get()
  @Requires('flows:read')
  @ApiJson(flowSettingsResponseSchema)
  get(@CurrentCaller() caller: Caller) {
    return this.settings.execute(caller);
  }

  @Put('hosts')
  @Requires('flows:manage')
  @ApiJson(flowSettingsResponseSchema, { body: updateFlowHostsSchema })
  hosts(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.updateHosts.execute(caller, parseInput(updateFlowHostsSchema, body, 'body'));
  }

  @Put('secrets/:name')
  @Requires('flows:manage')
  @ApiJson(flowSettingsResponseSchema, { body: setFlowSecretSchema })
  secret(@CurrentCaller() caller: Caller, @Param('name') name: string, @Body() body: unknown) {
    return this.setSecret.execute(
      caller,
      parseInput(secretNameSchema, name, 'name'),
      parseInput(setFlowSecretSchema, body, 'body'),
    );
  }

  @Delete('secrets/:name')
  @Requires('flows:manage')
  @ApiJson(flowSettingsResponseSchema)
  remove(@CurrentCaller() caller: Caller, @Param('name') name: string) {
    return this.deleteSecret.execute(caller, parseInput(secretNameSchema, name, 'name'));
  }
}
