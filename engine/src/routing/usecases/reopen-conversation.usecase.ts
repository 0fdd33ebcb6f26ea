import { Injectable } from '@nestjs/common';
import type { ConversationRouting } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/**
 * Opens a closed or snoozed conversation again: back to its agent when they can take it, else to
 * its team's queue, where it is assigned at once when someone can take it.
 */
@Injectable()
export class ReopenConversationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(caller: Caller, conversationId: string): Promise<ConversationRouting> {
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const outcome = await this.assignment.reopen(conversationId, {
      organisationId: caller.organisationId,
      actorUserId: caller.userId,
    });
    return movedOrRefused(sql, conversationId, outcome);
  }
}
