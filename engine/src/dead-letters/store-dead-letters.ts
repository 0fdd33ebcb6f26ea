import { randomUUID } from 'node:crypto';
import type { AccountRef } from '../channels/channel-directory.service.js';
import type { ConnectorId } from '../channels/connectors.js';
import type { Sql } from '../infrastructure/database/database.js';
import type { UnreadPart } from '../webhooks/read-delivery.js';

/** Keeps unreadable parts, each under the account (and so the organisation) it names, if known. */
export async function storeDeadLetters(
  sql: Sql,
  channel: ConnectorId,
  parts: (UnreadPart & { account: AccountRef | undefined })[],
  now = new Date(),
): Promise<void> {
  if (parts.length === 0) return;
  await sql
    .insertInto('DeadLetter')
    .values(
      parts.map((part) => ({
        id: randomUUID(),
        organisation: part.account?.organisationId ?? null,
        channel,
        channelAccount: part.account?.id ?? null,
        platformAccountId: part.channelAccountId?.slice(0, 64) ?? null,
        body: part.body,
        error: part.error.slice(0, 4_000),
        status: 'pending' as const,
        receivedAt: now,
        replayedAt: null,
        replayAttempts: 0,
        lastReplayError: null,
      })),
    )
    .execute();
}
