import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { InboundEvent, MessageEvent, StatusEvent } from '@parley/connector-sdk';
import { type InboundMessageSignal, conversationWorkflowId } from '@parley/workflows';
import type { ConnectorId } from '../channels/connectors.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { GroupCommit } from '../infrastructure/database/group-commit.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { toConversationDto, toMessageDto } from '../inbox/inbox.dto.js';
import { advanceMessageStatus } from '../messaging/message-status.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { MediaFetcher } from '../media/media-fetcher.service.js';
import { contentPreview, contentText } from '../messaging/message-content.js';
import type { Logger } from 'pino';

export interface IntakeResult {
  messagesStored: number;
  duplicates: number;
  statusesRecorded: number;
  /** Template and platform events, logged; they have no handler yet. */
  otherEvents: number;
}

interface IntakeJob {
  channel: ConnectorId;
  inbound: InboundEvent[];
}

/** What a batch changed, for the live events and the kicks after its commit. */
interface Touched {
  conversations: Set<string>;
  messages: Set<string>;
  mediaQueued: number;
}

const mediaTypes = new Set(['image', 'video', 'audio', 'document', 'sticker']);

/**
 * Stores a verified webhook's events in one transaction: new inbound messages (a redelivery adds
 * nothing, thanks to the unique platform id) each with an outbox row for Temporal, and delivery
 * statuses, which never move a message backwards. Never waits on Temporal. Webhooks arriving
 * together are written in one transaction.
 */
@Injectable()
export class IntakeWebhookUseCase {
  constructor(
    private readonly database: Database,
    private readonly events: InboxEvents,
    private readonly relay: OutboxRelay,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly media: MediaFetcher,
  ) {}

  private readonly group = new GroupCommit<IntakeJob, IntakeResult>((jobs) => this.writeBatch(jobs));

  /** Stores one webhook's events; concurrent webhooks share a transaction (group commit). */
  execute(channel: ConnectorId, inbound: InboundEvent[]): Promise<IntakeResult> {
    return this.group.submit({ channel, inbound });
  }

  private async writeBatch(jobs: IntakeJob[]): Promise<IntakeResult[]> {
    const touched: Touched = { conversations: new Set(), messages: new Set(), mediaQueued: 0 };
    const now = new Date();
    const results = await this.database.transaction(async (sql) => {
      const batch: IntakeResult[] = [];
      for (const job of jobs) batch.push(await this.store(sql, job, now, touched));
      return batch;
    });
    await this.publish(touched.conversations, touched.messages);
    if (results.some((result) => result.messagesStored > 0)) this.relay.kick();
    if (touched.mediaQueued > 0) this.media.kick();
    return results;
  }

  private async store(
    sql: Sql,
    { channel, inbound }: IntakeJob,
    now: Date,
    touched: Touched,
  ): Promise<IntakeResult> {
    const result: IntakeResult = { messagesStored: 0, duplicates: 0, statusesRecorded: 0, otherEvents: 0 };
    for (const event of inbound) {
      if (event.kind === 'message') {
        const stored = await this.storeMessage(sql, channel, event, now);
        if (!stored) {
          result.duplicates += 1;
          continue;
        }
        result.messagesStored += 1;
        if (stored.media) touched.mediaQueued += 1;
        touched.conversations.add(stored.conversationId);
        touched.messages.add(stored.messageId);
      } else if (event.kind === 'status') {
        if (await this.storeStatus(sql, event, now)) {
          result.statusesRecorded += 1;
          touched.messages.add(event.platformMessageId);
        }
      } else {
        result.otherEvents += 1;
        this.logger.info({ channel, event }, `${event.kind} event received`);
      }
    }
    return result;
  }

  private async storeMessage(sql: Sql, channel: ConnectorId, event: MessageEvent, now: Date) {
    const conversationId = await this.upsertConversation(sql, channel, event, now);
    const messageId = randomUUID();
    const { content } = event;
    const inserted = await sql
      .insertInto('Message')
      .values({
        id: messageId,
        conversation: conversationId,
        direction: 'inbound',
        type: content.type,
        text: contentText(content),
        content: content.type === 'text' ? null : { ...content },
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

    const media = mediaTypes.has(content.type) && 'mediaId' in content;
    if (media) {
      await sql
        .insertInto('Media')
        .values({
          id: randomUUID(),
          message: messageId,
          channel,
          platformMediaId: content.mediaId,
          state: 'pending',
          mimeType: content.mimeType ?? null,
          sha256: content.sha256 ?? null,
          sizeBytes: null,
          filename: content.filename ?? null,
          attempts: 0,
          availableAt: now,
          lastError: null,
          createdAt: now,
        })
        .onConflict((conflict) => conflict.columns(['channel', 'platformMediaId']).doNothing())
        .execute();
    }
    await sql
      .updateTable('Conversation')
      .set({
        lastMessageAt: now,
        lastMessagePreview: contentPreview(content),
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
    return { conversationId, messageId: event.platformMessageId, media };
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
      const rows = await sql
        .selectFrom('Conversation')
        .selectAll()
        .where('id', 'in', [...conversationIds])
        .execute();
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
