import type { DeliveryStatus } from '@parley/connector-sdk';
import { type MessageStatus, messageStatuses } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';

/** The statuses a message may move to `status` from: those before it. `failed` is final. */
export function statusesBefore(status: MessageStatus): MessageStatus[] {
  return messageStatuses.slice(0, messageStatuses.indexOf(status));
}

/** The furthest of several reported statuses. */
export function furthestStatus(statuses: readonly DeliveryStatus[]): DeliveryStatus | undefined {
  return [...statuses].sort((a, b) => messageStatuses.indexOf(a) - messageStatuses.indexOf(b)).at(-1);
}

/**
 * Moves the channel account's message with this platform id forward to `status`, never
 * backwards: a `read` that arrived before `delivered` stays `read`. A single conditional update,
 * so concurrent reports are safe. Returns whether the message changed.
 */
export async function advanceMessageStatus(
  sql: Sql,
  channelAccountId: string,
  platformMessageId: string,
  status: MessageStatus,
  at: Date,
  error?: { code: string; message: string },
): Promise<boolean> {
  const result = await sql
    .updateTable('Message')
    .set({
      status,
      statusUpdatedAt: at,
      ...(error ? { errorCode: error.code, errorMessage: error.message } : {}),
    })
    .where('channelAccount', '=', channelAccountId)
    .where('platformMessageId', '=', platformMessageId)
    .where('status', 'in', statusesBefore(status))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
