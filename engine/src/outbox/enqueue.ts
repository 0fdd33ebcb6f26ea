import type { Sql } from '../infrastructure/database/database.js';
import type { OutboxPayload } from './outbox-payload.js';

/** Queues a signal for a workflow, in the caller's transaction; the relay delivers it. */
export async function enqueue(
  sql: Sql,
  entry: { organisationId: string; workflowId: string; payload: OutboxPayload },
  now: Date,
): Promise<void> {
  await sql
    .insertInto('OutboxEntry')
    .values({
      organisation: entry.organisationId,
      workflowId: entry.workflowId,
      payload: entry.payload,
      createdAt: now,
      availableAt: now,
      attempts: 0,
      claimToken: null,
      claimedUntil: null,
      lastError: null,
    })
    .execute();
}
