import { Inject, Injectable } from '@nestjs/common';
import { automaticRepliesSchema } from '@parley/contracts';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import type { Sql } from '../infrastructure/database/database.js';
import { resignalLatest } from '../outbox/resignal-latest.js';
import { slaTimerOf } from './sla-deadline.js';

/** An assignment that may start a first-response timer: who got the conversation, and when. */
export interface StartedAssignment {
  conversationId: string;
  userId: string;
  assignedAt: Date;
}

/**
 * Starts an assignment's SLA timer (docs/routing.md), in the assignment's own transaction: an
 * outbox row carrying the customer's latest message's signal again, with the deadline worked out
 * from the team's SLA (in business minutes when the team counts only those, by the channel
 * account's business hours). The workflow takes the timer even from a signal it has seen, and a
 * later assignment's timer replaces an earlier one's. Nothing when the team has no target, no
 * customer wrote, or the account is off (no workflow runs for it).
 */
@Injectable()
export class SlaTimers {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Answers whether it enqueued a timer (the relay is then worth a kick). */
  async start(sql: Sql, assignment: StartedAssignment): Promise<boolean> {
    const row = await sql
      .selectFrom('Conversation as c')
      .innerJoin('ChannelAccount as a', 'a.id', 'c.channelAccount')
      .innerJoin('Team as t', 't.id', 'c.team')
      .select(['a.automaticReplies', 't.sla'])
      .where('c.id', '=', assignment.conversationId)
      .executeTakeFirst();
    if (!row) return false;
    const replies = automaticRepliesSchema.safeParse(row.automaticReplies);
    const hours = replies.success ? replies.data.businessHours : null;
    const sla = slaTimerOf(row.sla, hours, assignment.userId, assignment.assignedAt);
    if (!sla) return false;
    return resignalLatest(sql, this.config, assignment.conversationId, { sla });
  }
}
