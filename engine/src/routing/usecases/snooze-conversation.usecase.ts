import { Injectable } from '@nestjs/common';
import type { ConversationRouting, SnoozeConversation } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/**
 * Snoozes a conversation until a time: it leaves its agent's open list (their slot frees) but stays
 * theirs; the scheduler, or the customer writing, opens it again.
 */
@Injectable()
export class SnoozeConversationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(
    caller: Caller,
    conversationId: string,
    input: SnoozeConversation,
  ): Promise<ConversationRouting> {
    const until = new Date(input.until);
    if (until.getTime() <= Date.now())
      throw new ApiError(400, 'INVALID_INPUT', 'Invalid body: until: must be in the future', [
        { path: 'until', message: 'must be in the future' },
      ]);
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const outcome = await this.assignment.release(
      conversationId,
      { reason: 'snoozed', until },
      { organisationId: caller.organisationId, actorUserId: caller.userId },
    );
    return movedOrRefused(sql, conversationId, outcome);
  }
}
