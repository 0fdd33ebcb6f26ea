import { Injectable } from '@nestjs/common';
import {
  type Availability,
  type RoutingRules,
  type RoutingSnapshot,
  routeConversation,
  routingRulesSchema,
} from '@parley/contracts';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { type AgentLoadRow, applyAvailability } from './agent-availability.js';
import {
  type Moved,
  type Refusal,
  close,
  moveToAgent,
  moveToTeam,
  reopen,
  returnToAutomation,
  snooze,
} from './conversation-moves.js';
import {
  type ConversationState,
  lockConversation,
  queueHead,
  readConversation,
} from './conversation-state.js';
import { type Placement, type PlaceOptions, placeInTeam } from './place-conversation.js';
import { returnUnanswered } from './return-unanswered.js';
import { routingTransaction } from './routing-transaction.js';
import { SlaTimers } from './sla-timers.js';
import { lockTeam, teamsOf } from './team-snapshot.js';

export type RouteOutcome =
  | (Placement & { ruleId?: string | null })
  | { kind: 'unrouted'; conversationId: string }
  | { kind: 'kept'; conversationId: string; organisationId: string; userId: string };

/** Why a conversation leaves its owner's open list, and where it goes. */
export type Release =
  | { reason: 'closed' }
  | { reason: 'snoozed'; until: Date }
  | { reason: 'transferred'; to: { userId: string } | { teamId: string }; note?: string | null };

export type MoveOutcome = Moved | Refusal | { refused: 'NOT_FOUND' };

interface Actor {
  /** Only this organisation's conversation (a caller's); any when omitted (the engine itself). */
  organisationId?: string;
  actorUserId?: string | null;
}

/** A drain stops after this many assignments of one team; the scheduler's sweep goes on. */
const drainLimit = 1_000;

/**
 * Routing's durable part (docs/routing.md): assigning exactly once and never over capacity, the
 * queue, releases and availability. Each step is one transaction, retried whole on a deadlock,
 * and idempotent: a conversation already assigned is skipped, a slot already taken is refused.
 * Whenever a slot may have freed, the queues of the agent's teams drain, longest-waiting first.
 *
 * `route` and `assign` given `sql` run inside the caller's transaction (intake's), which then
 * publishes; otherwise every method runs its own and publishes the conversations it changed.
 */
@Injectable()
export class AssignmentService {
  /** The last time this process handed out, so events of one transaction keep their order. */
  private lastAt = 0;
  /** A transaction enqueued an SLA timer: the relay gets a kick after it commits. */
  private timersStarted = false;

  constructor(
    private readonly database: Database,
    private readonly publisher: InboxPublisher,
    private readonly slaTimers: SlaTimers,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * A customer wrote: the conversation wants a person. A closed or snoozed one opens again (back
   * to its owner when they can take it). One without a team is routed by the organisation's rules;
   * then it is assigned in its team or left queued there. Unrouted when no rule and no default team
   * applies; `kept` when its owner has it.
   */
  async route(conversationId: string, snapshot: RoutingSnapshot, sql?: Sql): Promise<RouteOutcome> {
    return this.within(sql, async (tx) => {
      let conversation = await readConversation(tx, conversationId);
      if (!conversation) return { kind: 'skipped', conversationId, reason: 'not_found' };
      if (conversation.status !== 'open') {
        const locked = await lockConversation(this.database, tx, conversationId);
        conversation = (await reopen(tx, locked!, { actorUserId: null, now: this.now() })).state;
      }
      const { organisationId, assignedUserId: userId } = conversation;
      if (userId !== null) return { kind: 'kept', conversationId, organisationId, userId };
      if (conversation.teamId !== null) return this.placeWithin(tx, conversation, conversation.teamId, {});
      const rules = await this.rulesOf(tx, organisationId);
      const decision = rules && routeConversation(rules, snapshot, new Date());
      if (!decision) return { kind: 'unrouted', conversationId };
      return { ...(await this.placeWithin(tx, conversation, decision.teamId, {})), ruleId: decision.ruleId };
    });
  }

  /** Assigns the conversation in `teamId` (moving it there), or queues it there. */
  async assign(
    conversationId: string,
    teamId: string,
    options: Omit<PlaceOptions, 'now'> = {},
    sql?: Sql,
  ): Promise<Placement> {
    return this.within(sql, async (tx) => {
      const conversation = await readConversation(tx, conversationId);
      if (!conversation) return { kind: 'skipped', conversationId, reason: 'not_found' };
      return this.placeWithin(tx, conversation, teamId, options);
    });
  }

  /**
   * Hands each team's queued conversations, longest-waiting first, to agents with a free slot —
   * one transaction per assignment — until no slot or no queued conversation is left. Answers how
   * many it assigned.
   */
  async drain(teamIds: Iterable<string>): Promise<number> {
    let assigned = 0;
    for (const teamId of new Set(teamIds)) {
      for (let round = 0; round < drainLimit; round++) {
        const placement = await this.within(undefined, async (tx): Promise<Placement | undefined> => {
          const team = await lockTeam(this.database, tx, teamId);
          const head = team && (await queueHead(tx, teamId));
          return head ? this.started(tx, await placeInTeam(tx, team, head, { now: this.now() })) : undefined;
        });
        this.kickTimers();
        if (placement?.kind === 'assigned') assigned++;
        else if (placement?.kind !== 'skipped') break;
      }
    }
    return assigned;
  }

  /**
   * The conversation leaves its owner's open list — closed, snoozed until a time, or transferred
   * to an agent or a team — and the owner's slot frees in the same transaction; then the owner's
   * teams drain. A transfer to an agent at capacity, or offline, is refused.
   */
  async release(conversationId: string, release: Release, actor: Actor = {}): Promise<MoveOutcome> {
    return this.move<never>(conversationId, actor, (tx, state, move) => {
      if (release.reason === 'closed') return close(tx, state, move);
      if (release.reason === 'snoozed') return snooze(tx, state, release.until, move);
      const note = release.note ?? null;
      return 'userId' in release.to
        ? moveToAgent(tx, state, release.to.userId, note, move)
        : moveToTeam(tx, state, release.to.teamId, note, move);
    });
  }

  /** An admin or agent gives the conversation to an agent: never past their capacity. */
  async assignTo(conversationId: string, userId: string, actor: Actor = {}): Promise<MoveOutcome> {
    return this.move<never>(conversationId, actor, (tx, state, move) =>
      moveToAgent(tx, state, userId, null, move),
    );
  }

  /** A person hands the conversation back to automation (docs/routing.md, "Handoff"). */
  async returnToAutomation(conversationId: string, actor: Actor = {}): Promise<MoveOutcome> {
    return this.move<never>(conversationId, actor, (tx, state, move) => returnToAutomation(tx, state, move));
  }

  /** Opens a closed or snoozed conversation again: back to its owner when they can take it, else queued. */
  async reopen(conversationId: string, actor: Actor = {}): Promise<MoveOutcome> {
    return this.move<never>(conversationId, actor, (tx, state, move) => reopen(tx, state, move));
  }

  /** Reopens the snoozed conversations whose time has come (the scheduler's sweep). */
  async wakeSnoozed(now = new Date()): Promise<number> {
    const due = await this.database
      .sql()
      .selectFrom('Conversation')
      .select('id')
      .where('status', '=', 'snoozed')
      .where('snoozedUntil', '<=', now)
      .limit(drainLimit)
      .execute();
    for (const { id } of due) await this.reopen(id);
    return due.length;
  }

  /** Drains every queue that has a conversation waiting: the scheduler's safety net after a crash. */
  async drainAll(): Promise<number> {
    const teams = await this.database
      .sql()
      .selectFrom('Conversation')
      .select('team')
      .distinct()
      .where('team', 'is not', null)
      .where('queuedAt', 'is not', null)
      .where('assignedUser', 'is', null)
      .where('status', '=', 'open')
      .execute();
    return this.drain(teams.map((row) => row.team!));
  }

  /**
   * An agent going offline: their unanswered conversations go back to their teams' queues,
   * keeping their place, and the queues drain to the others.
   */
  async returnUnanswered(userId: string): Promise<void> {
    const teams = await routingTransaction(this.database, (tx) => returnUnanswered(tx, userId, this.now()));
    await this.drain(teams);
  }

  /**
   * The agent's availability (and, when given, their own capacity). Coming online (or getting
   * more capacity) drains their teams; going offline returns their unanswered conversations.
   */
  async setAvailability(
    userId: string,
    availability: Availability,
    options: { capacity?: number; organisationId?: string } = {},
  ): Promise<AgentLoadRow | undefined> {
    const result = await routingTransaction(this.database, (tx) =>
      applyAvailability(tx, userId, availability, options, this.now()),
    );
    if (!result) return undefined;
    const teams = availability === 'online' ? await teamsOf(this.database.sql(), userId) : [];
    await this.drain([...teams, ...result.returnedTo]);
    return result.load;
  }

  /**
   * An SLA deadline passed. Only while the same assignment (agent, when) is still open and
   * unanswered — checked under the conversation's lock, in the transaction that moves it — the
   * conversation goes to `teamId` (its own team to reassign, or the escalation team) without the
   * agent who missed it, and is assigned there when someone can take it; else `SLA_STALE`.
   */
  async breachSla(
    conversationId: string,
    assignment: { userId: string; assignedAt: Date },
    teamId: string,
  ): Promise<MoveOutcome | { refused: 'SLA_STALE' | 'SLA_ANSWERED' }> {
    return this.move<{ refused: 'SLA_STALE' | 'SLA_ANSWERED' }>(
      conversationId,
      {},
      async (tx, state, move) => {
        const same =
          state.status === 'open' &&
          state.assignedUserId === assignment.userId &&
          state.assignedAt?.getTime() === assignment.assignedAt.getTime();
        if (!same) return { refused: 'SLA_STALE' };
        if (state.firstResponseAt !== null) return { refused: 'SLA_ANSWERED' };
        return moveToTeam(tx, state, teamId, null, move, 'sla_breached');
      },
    );
  }

  private async move<Other extends { refused: string } = never>(
    conversationId: string,
    { organisationId, actorUserId = null }: Actor,
    change: (
      tx: Sql,
      state: ConversationState,
      move: { actorUserId: string | null; now: Date },
    ) => Promise<Moved | Refusal | Other>,
  ): Promise<MoveOutcome | Other> {
    const outcome = await routingTransaction(this.database, async (tx): Promise<MoveOutcome | Other> => {
      const state = await lockConversation(this.database, tx, conversationId, organisationId);
      if (!state) return { refused: 'NOT_FOUND' };
      const changed = await change(tx, state, { actorUserId, now: this.now() });
      return 'refused' in changed ? changed : this.started(tx, changed);
    });
    this.kickTimers();
    if ('refused' in outcome) return outcome;
    await this.publish(outcome.state.organisationId, [conversationId]);
    if (outcome.queuedInTeamId) {
      const exclude = outcome.freedUserId ? [outcome.freedUserId] : [];
      await this.assign(conversationId, outcome.queuedInTeamId, { exclude, actorUserId });
    }
    if (outcome.freedUserId) await this.drain(await teamsOf(this.database.sql(), outcome.freedUserId));
    return outcome;
  }

  /** Locks the team, reads the conversation afresh under the lock, then places it. */
  private async placeWithin(
    tx: Sql,
    conversation: ConversationState,
    teamId: string,
    options: Omit<PlaceOptions, 'now'>,
  ): Promise<Placement> {
    const team = await lockTeam(this.database, tx, teamId, conversation.organisationId);
    if (!team) return { kind: 'skipped', conversationId: conversation.id, reason: 'no_team' };
    const fresh = await readConversation(tx, conversation.id);
    if (!fresh) return { kind: 'skipped', conversationId: conversation.id, reason: 'not_found' };
    return this.started(tx, await placeInTeam(tx, team, fresh, { ...options, now: this.now() }));
  }

  /**
   * In the transaction that assigned it: the assignment's first-response timer, through the
   * outbox (docs/routing.md); the relay is kicked once the transaction has committed.
   */
  private async started<T extends Placement | Moved>(tx: Sql, result: T): Promise<T> {
    const assignment =
      'kind' in result
        ? result.kind === 'assigned'
          ? { conversationId: result.conversationId, userId: result.userId, assignedAt: result.assignedAt }
          : null
        : result.assigned && { conversationId: result.state.id, ...result.assigned };
    if (assignment && (await this.slaTimers.start(tx, assignment))) this.timersStarted = true;
    return result;
  }

  private async rulesOf(sql: Sql, organisationId: string): Promise<RoutingRules | null> {
    const row = await sql
      .selectFrom('RoutingSettings')
      .select('rules')
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    if (!row) return null;
    const parsed = routingRulesSchema.safeParse(row.rules);
    return parsed.success ? parsed.data : null;
  }

  /** In the caller's transaction, or in one of its own that publishes what it changed. */
  private async within<T extends Placement | RouteOutcome | undefined>(
    sql: Sql | undefined,
    work: (tx: Sql) => Promise<T>,
  ): Promise<T> {
    if (sql) return work(sql);
    const result = await routingTransaction(this.database, (tx) => work(tx));
    this.kickTimers();
    if (result && 'organisationId' in result)
      await this.publish(result.organisationId, [result.conversationId]);
    return result;
  }

  private publish(organisationId: string, conversationIds: string[]): Promise<void> {
    return this.publisher.conversations(organisationId, conversationIds);
  }

  private kickTimers(): void {
    if (!this.timersStarted) return;
    this.timersStarted = false;
    this.relay.kick();
  }

  /** Now, but always after the previous time this process handed out. */
  private now(): Date {
    this.lastAt = Math.max(Date.now(), this.lastAt + 1);
    return new Date(this.lastAt);
  }
}
