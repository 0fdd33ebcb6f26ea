import type { Sql } from '../infrastructure/database/database.js';
import { giveSlotsBack, takeSlot } from './agent-slots.js';
import { recordConversationEvent } from './conversation-events.js';
import type { ConversationState } from './conversation-state.js';
import { capacityFor } from './team-snapshot.js';
import { handOffFlow } from '../flows/runtime/flow-run-rows.js';

/**
 * The manual moves of a conversation, each inside the transaction that locked its row: the
 * open count of every agent it leaves or reaches moves with it, so an agent's open count is
 * always the number of open conversations assigned to them.
 */

export interface Moved {
  state: ConversationState;
  /** The agent whose slot freed: their teams' queues may now drain. */
  freedUserId: string | null;
  /** The team whose queue it joined unassigned: placed there after the move commits. */
  queuedInTeamId: string | null;
  /** It was given to an agent by this move: their first-response timer starts. */
  assigned?: { userId: string; assignedAt: Date };
}

export type Refusal =
  | { refused: 'CONVERSATION_NOT_OPEN'; status: ConversationState['status'] }
  | { refused: 'AGENT_AT_CAPACITY'; capacity: number }
  | { refused: 'AGENT_OFFLINE' }
  /** Not an active person of the conversation's organisation. */
  | { refused: 'AGENT_NOT_FOUND' }
  | { refused: 'TEAM_NOT_FOUND' };

interface Move {
  actorUserId: string | null;
  now: Date;
}

/** Whether the conversation holds a slot of its owner: open and assigned. */
const holdsSlot = (state: ConversationState) => state.status === 'open' && state.assignedUserId !== null;

async function freeSlotOf(sql: Sql, state: ConversationState, now: Date): Promise<string | null> {
  if (!holdsSlot(state)) return null;
  await giveSlotsBack(sql, state.assignedUserId!, now);
  return state.assignedUserId;
}

/** Closed: the owner's slot frees and the owner is cleared (automation may answer again). */
export async function close(sql: Sql, state: ConversationState, { actorUserId, now }: Move): Promise<Moved> {
  if (state.status === 'closed') return { state, freedUserId: null, queuedInTeamId: null };
  const freedUserId = await freeSlotOf(sql, state, now);
  const change = { status: 'closed', assignedUser: null, queuedAt: null, snoozedUntil: null } as const;
  await sql
    .updateTable('Conversation')
    .set({ ...change, updatedAt: now })
    .where('id', '=', state.id)
    .execute();
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind: 'closed',
    actorUserId,
    fromUserId: state.assignedUserId,
    fromTeamId: state.teamId,
    at: now,
  });
  const after = {
    ...state,
    status: 'closed',
    assignedUserId: null,
    queuedAt: null,
    snoozedUntil: null,
  } as const;
  return { state: after, freedUserId, queuedInTeamId: null };
}

/** Snoozed until `until`: out of its owner's open list (their slot frees), still theirs. */
export async function snooze(
  sql: Sql,
  state: ConversationState,
  until: Date,
  { actorUserId, now }: Move,
): Promise<Moved | Refusal> {
  if (state.status === 'closed') return { refused: 'CONVERSATION_NOT_OPEN', status: state.status };
  if (state.status === 'snoozed' && state.snoozedUntil?.getTime() === until.getTime())
    return { state, freedUserId: null, queuedInTeamId: null };
  const freedUserId = await freeSlotOf(sql, state, now);
  await sql
    .updateTable('Conversation')
    .set({ status: 'snoozed', snoozedUntil: until, queuedAt: null, updatedAt: now })
    .where('id', '=', state.id)
    .execute();
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind: 'snoozed',
    actorUserId,
    fromUserId: state.assignedUserId,
    at: now,
  });
  const after = { ...state, status: 'snoozed', snoozedUntil: until, queuedAt: null } as const;
  return { state: after, freedUserId, queuedInTeamId: null };
}

/**
 * Open again (a closed one, or a snoozed one whose time came). A snoozed conversation's owner
 * takes it back when they are not offline and have a slot; otherwise it joins its team's queue
 * from now, unanswered, and is placed once the move commits.
 */
export async function reopen(sql: Sql, state: ConversationState, { actorUserId, now }: Move): Promise<Moved> {
  if (state.status === 'open') return { state, freedUserId: null, queuedInTeamId: null };
  const owner = state.assignedUserId;
  const kept =
    owner !== null &&
    (await takeSlot(sql, owner, await capacityFor(sql, owner, state.teamId), now, ['online', 'away']));
  const after: ConversationState = {
    ...state,
    status: 'open',
    assignedUserId: kept ? owner : null,
    assignedAt: kept ? state.assignedAt : null,
    queuedAt: now,
    snoozedUntil: null,
    // A closed conversation opens a new request, which waits for its own first response.
    firstResponseAt: state.status === 'closed' ? null : state.firstResponseAt,
  };
  await sql
    .updateTable('Conversation')
    .set({
      status: 'open',
      assignedUser: after.assignedUserId,
      assignedAt: after.assignedAt,
      queuedAt: now,
      snoozedUntil: null,
      firstResponseAt: after.firstResponseAt,
      updatedAt: now,
    })
    .where('id', '=', state.id)
    .execute();
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind: 'reopened',
    actorUserId,
    fromUserId: kept ? null : owner,
    toUserId: kept ? owner : null,
    toTeamId: kept ? null : state.teamId,
    at: now,
  });
  return { state: after, freedUserId: null, queuedInTeamId: kept ? null : state.teamId };
}

/**
 * To an agent, by an admin or agent: their slot is taken first (never past their capacity, and
 * never for an offline agent), then the previous owner's frees. `assigned` when nobody had it.
 */
export async function moveToAgent(
  sql: Sql,
  state: ConversationState,
  userId: string,
  note: string | null,
  { actorUserId, now }: Move,
): Promise<Moved | Refusal> {
  if (state.status !== 'open') return { refused: 'CONVERSATION_NOT_OPEN', status: state.status };
  if (state.assignedUserId === userId) return { state, freedUserId: null, queuedInTeamId: null };
  const agent = await sql
    .selectFrom('User')
    .select('id')
    .where('id', '=', userId)
    .where('organisation', '=', state.organisationId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!agent) return { refused: 'AGENT_NOT_FOUND' };
  const capacity = await capacityFor(sql, userId, state.teamId);
  if (!(await takeSlot(sql, userId, capacity, now, ['online', 'away']))) {
    const availability = await sql
      .selectFrom('AgentState')
      .select('availability')
      .where('user', '=', userId)
      .executeTakeFirst();
    return (availability?.availability ?? 'offline') === 'offline'
      ? { refused: 'AGENT_OFFLINE' }
      : { refused: 'AGENT_AT_CAPACITY', capacity };
  }
  const freedUserId = await freeSlotOf(sql, state, now);
  const queuedAt = state.queuedAt ?? now;
  await sql
    .updateTable('Conversation')
    .set({ assignedUser: userId, assignedAt: now, queuedAt, updatedAt: now })
    .where('id', '=', state.id)
    .execute();
  await handOffFlow(sql, state.id, now);
  await sql.updateTable('AgentState').set({ lastAssignedAt: now }).where('user', '=', userId).execute();
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind: state.assignedUserId === null ? 'assigned' : 'transferred',
    actorUserId,
    fromUserId: state.assignedUserId,
    toUserId: userId,
    fromTeamId: state.teamId,
    toTeamId: state.teamId,
    note,
    at: now,
  });
  const after = { ...state, assignedUserId: userId, assignedAt: now, queuedAt };
  return { state: after, freedUserId, queuedInTeamId: null, assigned: { userId, assignedAt: now } };
}

/**
 * To a team's queue, from now: the owner's slot frees; it is placed there once the move commits.
 * Recorded as a transfer, or as the missed first response that moved it.
 */
export async function moveToTeam(
  sql: Sql,
  state: ConversationState,
  teamId: string,
  note: string | null,
  { actorUserId, now }: Move,
  kind: 'transferred' | 'sla_breached' = 'transferred',
): Promise<Moved | Refusal> {
  if (state.status !== 'open') return { refused: 'CONVERSATION_NOT_OPEN', status: state.status };
  const team = await sql
    .selectFrom('Team')
    .select('id')
    .where('id', '=', teamId)
    .where('organisation', '=', state.organisationId)
    .executeTakeFirst();
  if (!team) return { refused: 'TEAM_NOT_FOUND' };
  const freedUserId = await freeSlotOf(sql, state, now);
  await sql
    .updateTable('Conversation')
    .set({ team: teamId, assignedUser: null, assignedAt: null, queuedAt: now, updatedAt: now })
    .where('id', '=', state.id)
    .execute();
  // A person sent it to a team: people answer it from now on.
  await handOffFlow(sql, state.id, now);
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind,
    actorUserId,
    fromUserId: state.assignedUserId,
    fromTeamId: state.teamId,
    toTeamId: teamId,
    note,
    at: now,
  });
  const after = { ...state, teamId, assignedUserId: null, assignedAt: null, queuedAt: now };
  return { state: after, freedUserId, queuedInTeamId: teamId };
}

/**
 * Back to automation: no owner and no team, so automation answers again until the customer's next
 * message is routed by the rules; the owner's slot frees.
 */
export async function returnToAutomation(
  sql: Sql,
  state: ConversationState,
  { actorUserId, now }: Move,
): Promise<Moved | Refusal> {
  if (state.status !== 'open') return { refused: 'CONVERSATION_NOT_OPEN', status: state.status };
  if (state.assignedUserId === null && state.teamId === null)
    return { state, freedUserId: null, queuedInTeamId: null };
  const freedUserId = await freeSlotOf(sql, state, now);
  await sql
    .updateTable('Conversation')
    .set({ team: null, assignedUser: null, assignedAt: null, queuedAt: null, updatedAt: now })
    .where('id', '=', state.id)
    .execute();
  await recordConversationEvent(sql, {
    organisationId: state.organisationId,
    conversationId: state.id,
    kind: 'returned_to_automation',
    actorUserId,
    fromUserId: state.assignedUserId,
    fromTeamId: state.teamId,
    at: now,
  });
  const after = { ...state, teamId: null, assignedUserId: null, assignedAt: null, queuedAt: null };
  return { state: after, freedUserId, queuedInTeamId: null };
}
