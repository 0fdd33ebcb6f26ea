import { Injectable } from '@nestjs/common';
import type { AssignNode } from '@parley/workflows/flows';
import { Database } from '../../infrastructure/database/database.js';
import { AssignmentService } from '../../routing/assignment.service.js';

/**
 * Where a flow hands the conversation to people, through routing (docs/routing.md): a team's
 * queue (assigned there when an agent has a slot), or one agent — and when that agent cannot take
 * it now (offline, at capacity), their first team's queue, so the customer is never left alone.
 */
@Injectable()
export class FlowHandover {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
  ) {}

  async assign(conversationId: string, target: AssignNode['target']): Promise<void> {
    await this.assignment.reopen(conversationId);
    if (target.kind === 'team') {
      await this.assignment.assign(conversationId, target.teamId);
      return;
    }
    const moved = await this.assignment.assignTo(conversationId, target.userId);
    if (!('refused' in moved)) return;
    const team = await this.database
      .sql()
      .selectFrom('TeamMember')
      .select('team')
      .where('user', '=', target.userId)
      .orderBy('position')
      .limit(1)
      .executeTakeFirst();
    if (team) await this.assignment.assign(conversationId, team.team);
  }

  async close(conversationId: string): Promise<void> {
    await this.assignment.release(conversationId, { reason: 'closed' });
  }
}
