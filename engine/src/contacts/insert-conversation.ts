import { randomUUID } from 'node:crypto';
import type { ConnectorId } from '../channels/connectors.js';
import type { Sql } from '../infrastructure/database/database.js';

/**
 * Opens the conversation of a contact on a channel account, empty (no message yet); nothing when
 * it exists already. Returns whether this call created it: false when a concurrent intake did.
 */
export async function insertConversation(
  sql: Sql,
  account: { id: string; organisationId: string; channel: ConnectorId },
  contactId: string,
  now: Date,
): Promise<boolean> {
  const inserted = await sql
    .insertInto('Conversation')
    .values({
      id: randomUUID(),
      organisation: account.organisationId,
      channel: account.channel,
      channelAccount: account.id,
      contact: contactId,
      lastMessageAt: now,
      lastMessagePreview: null,
      lastInboundAt: null,
      windowExpiresAt: null,
      entryPointExpiresAt: null,
      attentionCode: null,
      attentionMessage: null,
      attentionAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((conflict) => conflict.columns(['channelAccount', 'contact']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
