import { Injectable } from '@nestjs/common';
import type { AssignConversation, ConversationRouting } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/**
 * Gives an open conversation to an agent (an agent may take one for themselves). Never past the
 * agent's capacity, for admins too: a full agent is refused with AGENT_AT_CAPACITY, naming them.
 */
@Injectable()
export class AssignConversationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(
    caller: Caller,
    conversationId: string,
    input: AssignConversation,
  ): Promise<ConversationRouting> {
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const outcome = await this.assignment.assignTo(conversationId, input.userId, {
      organisationId: caller.organisationId,
      actorUserId: caller.userId,
    });
    return movedOrRefused(sql, conversationId, outcome, input.userId);
  }
}
