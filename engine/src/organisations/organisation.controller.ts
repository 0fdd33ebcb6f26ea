import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { organisationSchema, updateOrganisationRequest } from '@parley/contracts';
import { CurrentCaller, Requires, SignedIn } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { OrganisationUseCase } from './organisation.usecases.js';

@ApiTags('organisation')
@Controller('api/organisation')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationUseCase) {}

  @Get()
  @SignedIn()
  @ApiJson(organisationSchema)
  get(@CurrentCaller() caller: Caller) {
    return this.organisations.get(caller);
  }

  @Patch()
  @Requires('organisation:manage')
  @ApiJson(organisationSchema, { body: updateOrganisationRequest })
  rename(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.organisations.rename(caller, parseInput(updateOrganisationRequest, body, 'body'));
  }
}
