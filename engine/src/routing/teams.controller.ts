import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createTeamSchema, listSchema, teamSchema, updateTeamSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { CreateTeamUseCase } from './teams/create-team.usecase.js';
import { DeleteTeamUseCase } from './teams/delete-team.usecase.js';
import { ListTeamsUseCase } from './teams/list-teams.usecase.js';
import { UpdateTeamUseCase } from './teams/update-team.usecase.js';

@ApiTags('routing')
@Controller('api/teams')
export class TeamsController {
  constructor(
    private readonly teams: ListTeamsUseCase,
    private readonly createTeam: CreateTeamUseCase,
    private readonly updateTeam: UpdateTeamUseCase,
    private readonly deleteTeam: DeleteTeamUseCase,
  ) {}

  @Get()
  @Requires('inbox:read')
  @ApiJson(listSchema(teamSchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.teams.list(caller) };
  }

  @Get(':id')
  @Requires('inbox:read')
  @ApiJson(teamSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.teams.get(caller, idParam(id));
  }

  @Post()
  @Requires('routing:manage')
  @ApiJson(teamSchema, { status: 201, body: createTeamSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.createTeam.execute(caller, parseInput(createTeamSchema, body, 'body'));
  }

  @Patch(':id')
  @Requires('routing:manage')
  @ApiJson(teamSchema, { body: updateTeamSchema })
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.updateTeam.execute(caller, idParam(id), parseInput(updateTeamSchema, body, 'body'));
  }

  @Delete(':id')
  @Requires('routing:manage')
  @ApiJson(teamSchema)
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.deleteTeam.execute(caller, idParam(id));
  }
}
