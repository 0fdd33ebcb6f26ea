import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorSendError } from '@parley/connector-sdk';
import type { SendAutoReplyInput, SendAutoReplyResult } from '@parley/workflows';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { toConversationDto, toMessageDto } from '../inbox/inbox.dto.js';
import { advanceMessageStatus, furthestStatus } from './message-status.js';

/**
 * Sends the automatic acknowledgement for one inbound message. Idempotent: the outbound message is
 * keyed by the inbound message, a retry reuses the stored row and the connector passes the same
 * idempotency key, so a retried activity never sends twice.
 */
@Injectable()
export class SendAutoReplyActivity {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly channels: ChannelClients,
    private readonly events: InboxEvents,
  ) {}

  readonly execute = async (input: SendAutoReplyInput): Promise<SendAutoReplyResult> => {
    const idempotencyKey = `auto-reply:${input.inboundMessageId}`;
    const sql = this.database.sql();
    const conversation = await sql
      .selectFrom('Conversation')
      .selectAll()
      .where('id', '=', input.conversationId)
      .executeTakeFirstOrThrow();
    const { client } = this.channels.channel(conversation.channel);

    const message = await this.pendingMessage(input.conversationId, idempotencyKey);
    if (message.platformMessageId || message.status === 'failed') {
      return {
        messageId: message.id,
        platformMessageId: message.platformMessageId,
        sent: message.status !== 'failed',
      };
    }

    let platformMessageId: string;
    try {
      ({ platformMessageId } = await client.send({
        channelAccountId: conversation.channelAccountId,
        to: conversation.contactId,
        message: { type: 'text', text: message.text ?? this.config.AUTO_REPLY_TEXT },
        idempotencyKey,
      }));
    } catch (error) {
      if (!(error instanceof ConnectorSendError) || error.retryable) throw error;
      this.logger.warn({ err: error, messageId: message.id }, 'auto reply refused by the platform');
      await sql
        .updateTable('Message')
        .set({
          status: 'failed',
          errorCode: error.platformCode,
          errorMessage: error.message,
          statusUpdatedAt: new Date(),
        })
        .where('id', '=', message.id)
        .execute();
      await this.publish(message.id);
      return { messageId: message.id, platformMessageId: null, sent: false };
    }

    await this.database.transaction(async (tx) => {
      const now = new Date();
      await tx
        .updateTable('Message')
        // Channels without delivery reports (Telegram) have delivered once the platform accepted.
        .set({
          platformMessageId,
          status: client.manifest.capabilities.deliveryReports ? 'accepted' : 'delivered',
          statusUpdatedAt: now,
        })
        .where('id', '=', message.id)
        .where('status', '=', 'pending')
        .execute();
      // Status webhooks may have arrived before the platform id was recorded; apply them now.
      const early = await tx
        .selectFrom('StatusEvent')
        .select('status')
        .where('platformMessageId', '=', platformMessageId)
        .execute();
      const furthest = furthestStatus(
        early.map((row) => row.status as 'sent' | 'delivered' | 'read' | 'failed'),
      );
      if (furthest) await advanceMessageStatus(tx, platformMessageId, furthest, now);
      await tx
        .updateTable('Conversation')
        .set({ lastMessageAt: now, lastMessagePreview: (message.text ?? '').slice(0, 200), updatedAt: now })
        .where('id', '=', input.conversationId)
        .execute();
    });
    await this.publish(message.id);
    return { messageId: message.id, platformMessageId, sent: true };
  };

  /** The outbound row for this send, created on the first attempt. */
  private async pendingMessage(conversationId: string, idempotencyKey: string) {
    const sql = this.database.sql();
    const find = () =>
      sql.selectFrom('Message').selectAll().where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
    const existing = await find();
    if (existing) return existing;
    const now = new Date();
    await sql
      .insertInto('Message')
      .values({
        id: randomUUID(),
        conversation: conversationId,
        direction: 'outbound',
        type: 'text',
        text: this.config.AUTO_REPLY_TEXT,
        content: null,
        status: 'pending',
        platformMessageId: null,
        idempotencyKey,
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        statusUpdatedAt: now,
      })
      .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
      .execute();
    const created = await find();
    if (!created) throw new Error(`outbound message ${idempotencyKey} vanished`);
    await this.publish(created.id);
    return created;
  }

  private async publish(messageId: string) {
    if (!this.events.observed) return;
    const sql = this.database.sql();
    const message = await sql
      .selectFrom('Message')
      .selectAll()
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (!message) return;
    this.events.message(toMessageDto(message));
    const conversation = await sql
      .selectFrom('Conversation')
      .selectAll()
      .where('id', '=', message.conversation)
      .executeTakeFirst();
    if (conversation) this.events.conversation(toConversationDto(conversation));
  }
}
