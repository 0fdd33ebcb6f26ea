import { Inject, Injectable } from '@nestjs/common';
import type { RoutingSnapshot } from '@parley/contracts';
import type { Logger } from 'pino';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { AssignmentService, type RouteOutcome } from './assignment.service.js';

/** How far back the sweep looks for a customer message whose routing a crash may have lost. */
const sweepLookbackMs = 15 * 60_000;
const sweepLimit = 1_000;

interface FirstMessage {
  type: string;
  text: string | null;
  content: unknown;
}

/** The payload of the button a message is a tap on: a template's quick reply or a reply button. */
function tappedPayload(message: FirstMessage | undefined): string | null {
  const content = message?.content as { type?: string; payload?: unknown; replyId?: unknown } | null;
  if (!content) return null;
  if (content.type === 'template_reply' && typeof content.payload === 'string') return content.payload;
  if (content.type === 'interactive_reply' && typeof content.replyId === 'string') return content.replyId;
  return null;
}

/**
 * Routing a customer's message, right after intake committed it (docs/routing.md). Not inside
 * intake's transaction: intake holds conversation rows and routing takes a team's lock, which other
 * routing transactions take before conversation rows — opposite orders, a deadlock on PostgreSQL
 * that would fail the whole webhook batch. Here each conversation is one routing transaction of its
 * own, retried on a deadlock, and idempotent (`route` keeps an owned conversation, places a queued
 * one again); what a crash between intake's commit and routing loses, the scheduler's sweep
 * routes. Never any Temporal work.
 */
@Injectable()
export class IntakeRouting {
  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Routes each conversation (an assignment starts its SLA timer); a failure is logged and left to the sweep. */
  async routeAll(conversationIds: Iterable<string>): Promise<void> {
    for (const conversationId of conversationIds) {
      try {
        await this.routeOne(conversationId);
      } catch (error) {
        this.logger.warn({ err: error, conversationId }, 'routing after intake failed; the sweep retries');
      }
    }
  }

  /**
   * Builds the conversation's routing snapshot from the database and routes it. An open
   * conversation with neither owner nor team in an organisation that never set routing rules has
   * nothing to be routed by: answered at once, without the snapshot's reads or a transaction
   * (intake's cost stays as it was for organisations that do not route).
   */
  async routeOne(conversationId: string): Promise<RouteOutcome | undefined> {
    const sql = this.database.sql();
    const state = await sql
      .selectFrom('Conversation as c')
      .leftJoin('RoutingSettings as r', 'r.organisation', 'c.organisation')
      .select(['c.status', 'c.team', 'c.assignedUser', 'c.activeFlowRun', 'r.organisation as routes'])
      .where('c.id', '=', conversationId)
      .executeTakeFirst();
    if (!state) return undefined;
    // A flow runs on it (docs/flows.md): automation answers, and hands over by its assign node.
    if (state.activeFlowRun !== null) return { kind: 'unrouted', conversationId };
    if (
      state.status === 'open' &&
      state.team === null &&
      state.assignedUser === null &&
      state.routes === null
    )
      return { kind: 'unrouted', conversationId };
    const snapshot = await this.snapshotOf(conversationId);
    if (!snapshot) return undefined;
    return this.assignment.route(conversationId, snapshot);
  }

  /**
   * The scheduler's safety net: conversations a customer wrote to lately that routing never
   * reached — open with neither owner nor team in an organisation with routing rules, or still
   * closed or snoozed after the customer wrote (no close or snooze since).
   */
  async sweep(now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - sweepLookbackMs);
    const due = await this.database
      .sql()
      .selectFrom('Conversation as c')
      .innerJoin('ChannelAccount as a', 'a.id', 'c.channelAccount')
      .select('c.id')
      .where('a.enabled', '=', true)
      .where('c.lastMessageAt', '>=', since)
      .where('c.assignedUser', 'is', null)
      .where('c.activeFlowRun', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('c.status', '=', 'open'),
            eb('c.team', 'is', null),
            eb.exists(
              eb
                .selectFrom('RoutingSettings as r')
                .select('r.organisation')
                .whereRef('r.organisation', '=', 'c.organisation'),
            ),
          ]),
          eb.and([
            eb('c.status', '!=', 'open'),
            // A customer's message received lately that no close or snooze came after.
            eb.exists(
              eb
                .selectFrom('Message as m')
                .select('m.id')
                .whereRef('m.conversation', '=', 'c.id')
                .where('m.direction', '=', 'inbound')
                .where('m.createdAt', '>=', since)
                .where((inner) =>
                  inner.not(
                    inner.exists(
                      inner
                        .selectFrom('ConversationEvent as e')
                        .select('e.id')
                        .whereRef('e.conversation', '=', 'c.id')
                        .where('e.kind', 'in', ['closed', 'snoozed'])
                        .whereRef('e.at', '>=', 'm.createdAt'),
                    ),
                  ),
                ),
            ),
          ]),
        ]),
      )
      .limit(sweepLimit)
      .execute();
    await this.routeAll(due.map((row) => row.id));
    return due.length;
  }

  private async snapshotOf(conversationId: string): Promise<RoutingSnapshot | undefined> {
    const sql = this.database.sql();
    const conversation = await sql
      .selectFrom('Conversation as c')
      .innerJoin('Contact as k', 'k.id', 'c.contact')
      .select(['c.channelAccount', 'c.contact', 'k.language'])
      .where('c.id', '=', conversationId)
      .executeTakeFirst();
    if (!conversation) return undefined;
    const first: FirstMessage | undefined = await sql
      .selectFrom('Message')
      .select(['type', 'text', 'content'])
      .where('conversation', '=', conversationId)
      .where('direction', '=', 'inbound')
      .orderBy('createdAt')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    const tags = await sql
      .selectFrom('ContactTag')
      .select('tag')
      .where('contact', '=', conversation.contact)
      .orderBy('tag')
      .execute();
    return {
      channelAccountId: conversation.channelAccount,
      firstMessageText: first?.type === 'text' ? first.text : null,
      quickReplyPayload: tappedPayload(first),
      contact: { language: conversation.language, tags: tags.map((row) => row.tag) },
    };
  }
}
