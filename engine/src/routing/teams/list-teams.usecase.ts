import { Injectable } from '@nestjs/common';
import type { Team } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { teamDto, teamDtos } from './team-rows.js';

/** The organisation's teams, by name (everyone: agents transfer to them). */
@Injectable()
export class ListTeamsUseCase {
  constructor(private readonly database: Database) {}

  list(caller: Caller): Promise<Team[]> {
    return teamDtos(this.database.sql(), caller.organisationId);
  }

  get(caller: Caller, id: string): Promise<Team> {
    return teamDto(this.database.sql(), caller.organisationId, id);
  }
}
