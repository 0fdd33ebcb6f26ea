import { Injectable } from '@nestjs/common';
import type { ConversationRouting } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../assignment.service.js';
import { movedOrRefused, requireMovable } from './routing-refusals.js';

/** Hands a conversation back to automation: no owner, no team; the agent's slot frees. */
@Injectable()
export class ReturnToAutomationUseCase {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async execute(caller: Caller, conversationId: string): Promise<ConversationRouting> {
    const sql = this.database.sql();
    await requireMovable(sql, caller, conversationId);
    const outcome = await this.assignment.returnToAutomation(conversationId, {
      organisationId: caller.organisationId,
      actorUserId: caller.userId,
    });
    return movedOrRefused(sql, conversationId, outcome);
  }
}
