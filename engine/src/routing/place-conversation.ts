import { pickAgent } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { giveSlotsBack, takeSlot } from './agent-slots.js';
import { handedAwayBy, previousAgentOf, recordConversationEvent } from './conversation-events.js';
import type { ConversationState } from './conversation-state.js';
import { type LockedTeam, teamCandidates } from './team-snapshot.js';
import { handOffFlow } from '../flows/runtime/flow-run-rows.js';

/** Where one assignment attempt left a conversation. */
export type Placement =
  | {
      kind: 'assigned';
      conversationId: string;
      organisationId: string;
      teamId: string;
      userId: string;
      assignedAt: Date;
    }
  | { kind: 'queued'; conversationId: string; organisationId: string; teamId: string; queuedAt: Date }
  | {
      kind: 'skipped';
      conversationId: string;
      reason: 'not_found' | 'not_open' | 'already_assigned' | 'no_team';
    };

export interface PlaceOptions {
  now: Date;
  /** Agents not to pick (the one whose SLA was breached, the one who transferred it away). */
  exclude?: readonly string[];
  actorUserId?: string | null;
}

const updated = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) > 0;

/**
 * One assignment, inside the transaction that locked `team`: the conversation joins the team's
 * queue (once: its `queuedAt` is kept), `pickAgent` chooses from the team's snapshot, the agent's
 * slot is taken by a conditional update (another pick without them when they filled up
 * meanwhile), and the conversation is claimed by another (the slot goes back when someone else
 * claimed it first). Then the pointer moves and the event is recorded. Without an eligible agent
 * it stays queued. The agent who handed it away to the queue (a transfer, a missed SLA) is not
 * picked for it.
 */
export async function placeInTeam(
  sql: Sql,
  team: LockedTeam,
  conversation: ConversationState,
  { now, exclude = [], actorUserId = null }: PlaceOptions,
): Promise<Placement> {
  const { id: conversationId, organisationId } = conversation;
  if (conversation.status !== 'open') return { kind: 'skipped', conversationId, reason: 'not_open' };
  if (conversation.assignedUserId !== null)
    return { kind: 'skipped', conversationId, reason: 'already_assigned' };
  const unclaimed = () =>
    sql
      .updateTable('Conversation')
      .where('id', '=', conversationId)
      .where('assignedUser', 'is', null)
      .where('status', '=', 'open');

  const entered = conversation.teamId !== team.id || conversation.queuedAt === null;
  const queuedAt = entered ? now : conversation.queuedAt!;
  if (
    entered &&
    !updated(await unclaimed().set({ team: team.id, queuedAt, updatedAt: now }).executeTakeFirst())
  )
    return { kind: 'skipped', conversationId, reason: 'already_assigned' };

  const handedAway = await handedAwayBy(sql, conversationId);
  const excluded = new Set(handedAway ? [...exclude, handedAway] : exclude);
  let candidates = (await teamCandidates(sql, team)).filter((candidate) => !excluded.has(candidate.agentId));
  const context = {
    lastAssignedAgentId: team.lastAssignedUserId,
    previousAgentId: team.strategy === 'sticky' ? await previousAgentOf(sql, conversationId) : null,
    fallback: team.fallbackStrategy,
  };
  let agentId = pickAgent(team.strategy, candidates, context);
  while (agentId !== null) {
    const picked = agentId;
    const { capacity } = candidates.find((candidate) => candidate.agentId === picked)!;
    if (!(await takeSlot(sql, picked, capacity, now))) {
      // Filled up in another team meanwhile: pick again without them.
      candidates = candidates.filter((candidate) => candidate.agentId !== picked);
      agentId = pickAgent(team.strategy, candidates, context);
      continue;
    }
    const claim = unclaimed().set({ assignedUser: agentId, team: team.id, assignedAt: now, updatedAt: now });
    if (!updated(await claim.executeTakeFirst())) {
      // Someone else claimed it meanwhile: the slot goes back as it was.
      await giveSlotsBack(sql, agentId, now, 1, { keepIdle: true });
      return { kind: 'skipped', conversationId, reason: 'already_assigned' };
    }
    await handOffFlow(sql, conversationId, now);
    await sql.updateTable('Team').set({ lastAssignedUser: agentId }).where('id', '=', team.id).execute();
    await sql.updateTable('AgentState').set({ lastAssignedAt: now }).where('user', '=', agentId).execute();
    team.lastAssignedUserId = agentId;
    await recordConversationEvent(sql, {
      organisationId,
      conversationId,
      kind: 'assigned',
      actorUserId,
      toUserId: agentId,
      toTeamId: team.id,
      at: now,
    });
    return {
      kind: 'assigned',
      conversationId,
      organisationId,
      teamId: team.id,
      userId: agentId,
      assignedAt: now,
    };
  }
  if (entered)
    await recordConversationEvent(sql, {
      organisationId,
      conversationId,
      kind: 'queued',
      actorUserId,
      fromTeamId: conversation.teamId !== team.id ? conversation.teamId : null,
      toTeamId: team.id,
      at: now,
    });
  return { kind: 'queued', conversationId, organisationId, teamId: team.id, queuedAt };
}
