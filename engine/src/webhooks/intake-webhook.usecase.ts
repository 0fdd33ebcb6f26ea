import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { InboundEvent, MessageEvent, StatusEvent } from '@parley/connector-sdk';
import { type InboundMessageSignal, conversationWorkflowId } from '@parley/workflows';
import type { ConnectorId } from '../channels/connectors.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { toConversationDto, toMessageDto } from '../inbox/inbox.dto.js';
import { advanceMessageStatus } from '../messaging/message-status.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';

export interface IntakeResult {
  messagesStored: number;
  duplicates: number;
  statusesRecorded: number;
}

const previewLength = 200;

/**
 * Stores a verified webhook's events in one transaction: new inbound messages (a redelivery adds
 * nothing, thanks to the unique platform id) each with an outbox row for Temporal, and delivery
 * statuses, which never move a message backwards. Never waits on Temporal.
 */
@Injectable()
export class IntakeWebhookUseCase {
  constructor(
    private readonly database: Database,
    private readonly events: InboxEvents,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(channel: ConnectorId, inbound: InboundEvent[]): Promise<IntakeResult> {
    const result: IntakeResult = { messagesStored: 0, duplicates: 0, statusesRecorded: 0 };
    const touchedConversations = new Set<string>();
    const touchedMessages = new Set<string>();
    const now = new Date();
    await this.database.transaction(async (sql) => {
      for (const event of inbound) {
        if (event.kind === 'message') {
          const stored = await this.storeMessage(sql, channel, event, now);
          if (!stored) {
            result.duplicates += 1;
            continue;
          }
          result.messagesStored += 1;
          touchedConversations.add(stored.conversationId);
          touchedMessages.add(stored.messageId);
        } else if (await this.storeStatus(sql, event, now)) {
          result.statusesRecorded += 1;
          touchedMessages.add(event.platformMessageId);
        }
      }
    });
    await this.publish(touchedConversations, touchedMessages);
    if (result.messagesStored > 0) this.relay.kick();
    return result;
  }

  private async storeMessage(sql: Sql, channel: ConnectorId, event: MessageEvent, now: Date) {
    const conversationId = await this.upsertConversation(sql, channel, event, now);
    const messageId = randomUUID();
    const text = event.content.type === 'text' ? event.content.text : null;
    const inserted = await sql
      .insertInto('Message')
      .values({
        id: messageId,
        conversation: conversationId,
        direction: 'inbound',
        type: event.content.type,
        text,
        status: 'received',
        platformMessageId: event.platformMessageId,
        idempotencyKey: null,
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        statusUpdatedAt: now,
      })
      .onConflict((conflict) => conflict.column('platformMessageId').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;

    const preview = text ?? `[${event.content.type}]`;
    await sql
      .updateTable('Conversation')
      .set({
        lastMessageAt: now,
        lastMessagePreview: preview.slice(0, previewLength),
        lastInboundAt: new Date(event.occurredAt),
        contactName: event.contact.name ?? null,
        updatedAt: now,
      })
      .where('id', '=', conversationId)
      .execute();

    const signal: InboundMessageSignal = { messageId, conversationId, occurredAt: event.occurredAt };
    await sql
      .insertInto('OutboxEntry')
      .values({
        workflowId: conversationWorkflowId(channel, event.channelAccountId, event.contact.id),
        payload: { ...signal },
        createdAt: now,
        availableAt: now,
        attempts: 0,
        claimToken: null,
        claimedUntil: null,
        lastError: null,
      })
      .execute();
    return { conversationId, messageId: event.platformMessageId };
  }

  private async upsertConversation(sql: Sql, channel: ConnectorId, event: MessageEvent, now: Date) {
    const key = { channel, channelAccountId: event.channelAccountId, contactId: event.contact.id };
    const find = () =>
      sql
        .selectFrom('Conversation')
        .select('id')
        .where('channel', '=', key.channel)
        .where('channelAccountId', '=', key.channelAccountId)
        .where('contactId', '=', key.contactId)
        .executeTakeFirst();
    const existing = await find();
    if (existing) return existing.id;
    await sql
      .insertInto('Conversation')
      .values({
        id: randomUUID(),
        ...key,
        contactName: event.contact.name ?? null,
        lastMessageAt: now,
        lastMessagePreview: null,
        lastInboundAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .onConflict((conflict) => conflict.columns(['channel', 'channelAccountId', 'contactId']).doNothing())
      .execute();
    const created = await find();
    if (!created) throw new Error(`conversation ${key.contactId} vanished during intake`);
    return created.id;
  }

  /** Records one status report; returns false for a redelivery already recorded. */
  private async storeStatus(sql: Sql, event: StatusEvent, now: Date): Promise<boolean> {
    const error = event.errors[0];
    const inserted = await sql
      .insertInto('StatusEvent')
      .values({
        platformMessageId: event.platformMessageId,
        status: event.status,
        occurredAt: new Date(event.occurredAt),
        errorCode: error?.code ?? null,
        errorMessage: error ? (error.message ?? error.title ?? null) : null,
        receivedAt: now,
      })
      .onConflict((conflict) => conflict.columns(['platformMessageId', 'status']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const failure = error ? { code: error.code, message: error.message ?? error.title ?? '' } : undefined;
    await advanceMessageStatus(sql, event.platformMessageId, event.status, now, failure);
    return true;
  }

  private async publish(conversationIds: Set<string>, platformMessageIds: Set<string>) {
    if (!this.events.observed || (conversationIds.size === 0 && platformMessageIds.size === 0)) return;
    const sql = this.database.sql();
    if (conversationIds.size > 0) {
      const rows = await sql.selectFrom('Conversation').selectAll().where('id', 'in', [...conversationIds]).execute();
      for (const row of rows) this.events.conversation(toConversationDto(row));
    }
    if (platformMessageIds.size > 0) {
      const rows = await sql
        .selectFrom('Message')
        .selectAll()
        .where('platformMessageId', 'in', [...platformMessageIds])
        .execute();
      for (const row of rows) this.events.message(toMessageDto(row));
    }
  }
}
