import { Injectable } from '@nestjs/common';
import type { AgentDirectory } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { fallbackCapacity } from '../team-snapshot.js';

/**
 * The organisation's active people as the inbox picks among them: availability (offline when they
 * never set one), their own capacity, open conversations and teams, by name.
 */
@Injectable()
export class ListAgentsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<AgentDirectory> {
    const sql = this.database.sql();
    const people = await sql
      .selectFrom('User as u')
      .leftJoin('AgentState as s', 's.user', 'u.id')
      .select(['u.id', 'u.name', 's.availability', 's.capacity', 's.openCount'])
      .where('u.organisation', '=', caller.organisationId)
      .where('u.status', '=', 'active')
      .orderBy('u.name')
      .orderBy('u.id')
      .execute();
    const memberships = await sql
      .selectFrom('TeamMember')
      .select(['user', 'team'])
      .where('organisation', '=', caller.organisationId)
      .execute();
    const teamsOf = new Map<string, string[]>();
    for (const { user, team } of memberships) teamsOf.set(user, [...(teamsOf.get(user) ?? []), team]);
    return {
      items: people.map((person) => ({
        id: person.id,
        name: person.name,
        availability: person.availability ?? 'offline',
        capacity: person.capacity ?? fallbackCapacity,
        openCount: person.openCount ?? 0,
        teamIds: teamsOf.get(person.id) ?? [],
      })),
    };
  }
}
