import { Injectable } from '@nestjs/common';
import type { ConversationRouting, TransferConversation } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/**
 * Hands an open conversation to another agent (refused when they are full or offline) or to a
 * team's queue (assigned there at once when someone can take it), with a note the thread shows.
 */
@Injectable()
export class TransferConversationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(
    caller: Caller,
    conversationId: string,
    input: TransferConversation,
  ): Promise<ConversationRouting> {
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const to = input.userId !== undefined ? { userId: input.userId } : { teamId: input.teamId! };
    const outcome = await this.assignment.release(
      conversationId,
      { reason: 'transferred', to, note: input.note || null },
      { organisationId: caller.organisationId, actorUserId: caller.userId },
    );
    return movedOrRefused(sql, conversationId, outcome, input.userId);
  }
}
