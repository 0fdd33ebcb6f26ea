import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  agentDirectorySchema,
  agentLoadSchema,
  routingRulesSchema,
  setAvailabilitySchema,
} from '@parley/contracts';
import { CurrentCaller, Requires, SignedIn } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { GetAvailabilityUseCase, SetAvailabilityUseCase } from './usecases/availability.usecases.js';
import { ListAgentsUseCase } from './usecases/list-agents.usecase.js';
import { GetRoutingRulesUseCase, UpdateRoutingRulesUseCase } from './usecases/routing-rules.usecases.js';

@ApiTags('routing')
@Controller('api/routing-rules')
export class RoutingRulesController {
  constructor(
    private readonly getRules: GetRoutingRulesUseCase,
    private readonly updateRules: UpdateRoutingRulesUseCase,
  ) {}

  @Get()
  @Requires('routing:manage')
  @ApiJson(routingRulesSchema)
  get(@CurrentCaller() caller: Caller) {
    return this.getRules.execute(caller);
  }

  @Put()
  @Requires('routing:manage')
  @ApiJson(routingRulesSchema, { body: routingRulesSchema })
  update(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.updateRules.execute(caller, parseInput(routingRulesSchema, body, 'body'));
  }
}

/** The signed-in person's own availability: whether they take conversations, and how many. */
@ApiTags('routing')
@Controller('api/me/availability')
export class AvailabilityController {
  constructor(
    private readonly getAvailability: GetAvailabilityUseCase,
    private readonly setAvailability: SetAvailabilityUseCase,
  ) {}

  @Get()
  @SignedIn()
  @ApiJson(agentLoadSchema)
  get(@CurrentCaller() caller: Caller) {
    return this.getAvailability.execute(caller);
  }

  @Put()
  @SignedIn()
  @ApiJson(agentLoadSchema, { body: setAvailabilitySchema })
  update(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.setAvailability.execute(caller, parseInput(setAvailabilitySchema, body, 'body'));
  }
}

/** Who conversations can be given to: every agent reads it to assign and transfer. */
@ApiTags('routing')
@Controller('api/agents')
export class AgentsController {
  constructor(private readonly listAgents: ListAgentsUseCase) {}

  @Get()
  @Requires('inbox:read')
  @ApiJson(agentDirectorySchema)
  list(@CurrentCaller() caller: Caller) {
    return this.listAgents.execute(caller);
  }
}
