import { Injectable } from '@nestjs/common';
import type { ConversationRouting } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/** Closes a conversation: its agent's slot frees (their teams' queues drain) and it has no owner. */
@Injectable()
export class CloseConversationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(caller: Caller, conversationId: string): Promise<ConversationRouting> {
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const outcome = await this.assignment.release(
      conversationId,
      { reason: 'closed' },
      { organisationId: caller.organisationId, actorUserId: caller.userId },
    );
    return movedOrRefused(sql, conversationId, outcome);
  }
}
