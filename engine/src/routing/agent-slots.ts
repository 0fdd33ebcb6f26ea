import type { Availability } from '@parley/contracts';
import { sql as raw } from 'kysely';
import type { Sql } from '../infrastructure/database/database.js';

/**
 * Takes one of the agent's slots — their open count + 1 — in one conditional update, only while
 * they are online (or away too, for an admin's manual assignment) and below `capacity`. This row,
 * not a team's lock, keeps an agent in several teams within their capacity. False: no slot.
 */
export async function takeSlot(
  sql: Sql,
  userId: string,
  capacity: number,
  now: Date,
  availability: readonly Availability[] = ['online'],
): Promise<boolean> {
  const row = await sql
    .updateTable('AgentState')
    .set({ openCount: raw<number>`open_count + 1`, updatedAt: now })
    .where('user', '=', userId)
    .where('availability', 'in', availability)
    .where('openCount', '<', capacity)
    .returning('openCount')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Gives `count` slots back; an agent whose open count reaches 0 is idle from now (unless
 * `keepIdle`: a slot taken and given back in one transaction changed nothing).
 */
export async function giveSlotsBack(
  sql: Sql,
  userId: string,
  now: Date,
  count = 1,
  { keepIdle = false } = {},
): Promise<void> {
  if (count <= 0) return;
  const row = await sql
    .updateTable('AgentState')
    .set({
      openCount: raw<number>`case when open_count > ${count} then open_count - ${count} else 0 end`,
      updatedAt: now,
    })
    .where('user', '=', userId)
    .returning('openCount')
    .executeTakeFirst();
  if (row?.openCount === 0 && !keepIdle)
    await sql.updateTable('AgentState').set({ idleSince: now }).where('user', '=', userId).execute();
}

/** Creates the agent's state (offline, nothing open) if they have none yet. */
export async function ensureAgentState(
  sql: Sql,
  userId: string,
  organisationId: string,
  now: Date,
): Promise<void> {
  await sql
    .insertInto('AgentState')
    .values({
      user: userId,
      organisation: organisationId,
      availability: 'offline',
      openCount: 0,
      updatedAt: now,
    })
    .onConflict((conflict) => conflict.column('user').doNothing())
    .execute();
}
