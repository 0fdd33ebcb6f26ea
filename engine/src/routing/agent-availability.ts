import type { Availability } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { ensureAgentState } from './agent-slots.js';
import { returnUnanswered } from './return-unanswered.js';

export interface AgentLoadRow {
  availability: Availability;
  /** Their own capacity; null when never set (each team's default applies). */
  capacity: number | null;
  openCount: number;
}

/** An online agent none of whose sessions was seen this long is marked away. */
export const awayAfterMs = 5 * 60_000;

/**
 * Sets the agent's availability (and their own capacity, when given) inside the caller's
 * transaction. Coming online starts their idle time; going offline returns their unanswered
 * conversations to the queue. Answers their load and the teams whose queues grew, or undefined
 * when the user is not (the organisation's).
 */
export async function applyAvailability(
  sql: Sql,
  userId: string,
  availability: Availability,
  options: { capacity?: number; organisationId?: string },
  now: Date,
): Promise<{ load: AgentLoadRow; returnedTo: string[] } | undefined> {
  let user = sql.selectFrom('User').select('organisation').where('id', '=', userId);
  if (options.organisationId) user = user.where('organisation', '=', options.organisationId);
  const found = await user.executeTakeFirst();
  if (!found) return undefined;
  await ensureAgentState(sql, userId, found.organisation, now);
  const before = await sql
    .selectFrom('AgentState')
    .select('availability')
    .where('user', '=', userId)
    .executeTakeFirstOrThrow();
  await sql
    .updateTable('AgentState')
    .set({
      availability,
      ...(options.capacity !== undefined ? { capacity: options.capacity } : {}),
      ...(availability === 'online' && before.availability !== 'online' ? { idleSince: now } : {}),
      updatedAt: now,
    })
    .where('user', '=', userId)
    .execute();
  const returnedTo = availability === 'offline' ? await returnUnanswered(sql, userId, now) : [];
  return { load: await loadOf(sql, userId), returnedTo };
}

export async function loadOf(sql: Sql, userId: string): Promise<AgentLoadRow> {
  const state = await sql
    .selectFrom('AgentState')
    .select(['availability', 'capacity', 'openCount'])
    .where('user', '=', userId)
    .executeTakeFirst();
  return {
    availability: state?.availability ?? 'offline',
    capacity: state?.capacity ?? null,
    openCount: state?.openCount ?? 0,
  };
}

/** The event stream's heartbeat: one of the agent's sessions is there. */
export async function touchAgent(sql: Sql, userId: string, now: Date): Promise<void> {
  await sql.updateTable('AgentState').set({ lastSeenAt: now }).where('user', '=', userId).execute();
}

/**
 * Marks away the online agents whose sessions have not been seen since `awayAfterMs` ago; an
 * agent never seen (no heartbeat yet) stays as they are. Their conversations stay with them.
 */
export async function markUnseenAway(sql: Sql, now: Date): Promise<number> {
  const result = await sql
    .updateTable('AgentState')
    .set({ availability: 'away', updatedAt: now })
    .where('availability', '=', 'online')
    .where('lastSeenAt', 'is not', null)
    .where('lastSeenAt', '<', new Date(now.getTime() - awayAfterMs))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
