import type { InboundContent } from '@parley/connector-sdk';
import { conversationWorkflowId } from '@parley/workflows';
import type { ConnectorId } from '../channels/connectors.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import type { Sql } from '../infrastructure/database/database.js';
import { replyOf } from '../flows/triggers/reply-of.js';
import { windowPolicy } from '../messaging/window-policy.js';
import { enqueue } from './enqueue.js';
import type { OutboxPayload } from './outbox-payload.js';

type ConversationPayload = Extract<OutboxPayload, { workflow: 'conversation' }>;

/** A stored inbound message's content (older rows of plain text keep only their text). */
const storedContent = (message: { text: string | null; content: unknown }): InboundContent =>
  message.content ? (message.content as InboundContent) : { type: 'text', text: message.text ?? '' };

/**
 * Sends the conversation's latest inbound message to its workflow again, with something to act on
 * (an SLA timer, a flow run to start, which reads the message as its reply), in the caller's
 * transaction. The workflow takes the extra
 * even from a message it has seen. False when no customer wrote yet or the account is off (no
 * workflow runs for it).
 */
export async function resignalLatest(
  sql: Sql,
  config: AppConfig,
  conversationId: string,
  extra: Pick<ConversationPayload, 'sla' | 'flow' | 'reply'>,
): Promise<boolean> {
  const row = await sql
    .selectFrom('Conversation as c')
    .innerJoin('ChannelAccount as a', 'a.id', 'c.channelAccount')
    .select(['c.organisation', 'c.channelAccount', 'c.contact', 'c.lastInboundAt', 'a.channel', 'a.enabled'])
    .where('c.id', '=', conversationId)
    .executeTakeFirst();
  if (!row?.enabled || row.lastInboundAt === null) return false;
  const latest = await sql
    .selectFrom('Message')
    .select(['id', 'type', 'text', 'content'])
    .where('conversation', '=', conversationId)
    .where('direction', '=', 'inbound')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return false;
  const payload: ConversationPayload = {
    workflow: 'conversation',
    messageId: latest.id,
    conversationId,
    occurredAt: new Date(row.lastInboundAt).toISOString(),
    policy: windowPolicy(row.channel as ConnectorId, config),
    // A run starts from the message as a flow reads it (its `last_reply`).
    ...(extra.flow ? { reply: replyOf(storedContent(latest)) } : {}),
    ...extra,
  };
  const workflowId = conversationWorkflowId(row.channelAccount, row.contact);
  await enqueue(sql, { organisationId: row.organisation, workflowId, payload }, new Date());
  return true;
}
