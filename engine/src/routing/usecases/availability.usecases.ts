import { Injectable } from '@nestjs/common';
import type { AgentLoad, SetAvailability } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { type AgentLoadRow, loadOf } from '../agent-availability.js';
import { AssignmentService } from '../assignment.service.js';
import { fallbackCapacity } from '../team-snapshot.js';

/** As the agent sees it: their own capacity, or 5 when they never set one. */
const shown = (load: AgentLoadRow): AgentLoad => ({ ...load, capacity: load.capacity ?? fallbackCapacity });

/** The caller's own availability, capacity and open conversations. */
@Injectable()
export class GetAvailabilityUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<AgentLoad> {
    return shown(await loadOf(this.database.sql(), caller.userId));
  }
}

/**
 * The caller sets whether they take conversations and how many at once. Coming online hands them
 * their teams' longest-waiting conversations; going offline returns their unanswered ones.
 */
@Injectable()
export class SetAvailabilityUseCase {
  constructor(private readonly assignment: AssignmentService) {}

  async execute(caller: Caller, input: SetAvailability): Promise<AgentLoad> {
    const load = await this.assignment.setAvailability(caller.userId, input.availability, {
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      organisationId: caller.organisationId,
    });
    if (!load) throw new ApiError(404, 'NOT_FOUND', `user ${caller.userId} does not exist`);
    return shown(load);
  }
}
