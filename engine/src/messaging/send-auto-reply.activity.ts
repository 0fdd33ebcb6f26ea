import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorSendError } from '@parley/connector-sdk';
import type { SendAutoReplyInput, SendAutoReplyResult } from '@parley/workflows';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { advanceMessageStatus, furthestStatus } from './message-status.js';

/**
 * Sends the automatic acknowledgement for one inbound message. Idempotent: the outbound message is
 * keyed by the inbound message, a retry reuses the stored row and the connector passes the same
 * idempotency key, so a retried activity never sends twice. Sends nothing while the channel
 * account is turned off or disconnected (the switch is checked at the moment of sending).
 */
@Injectable()
export class SendAutoReplyActivity {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly channels: ChannelClients,
    private readonly publisher: InboxPublisher,
  ) {}

  readonly execute = async (input: SendAutoReplyInput): Promise<SendAutoReplyResult> => {
    const idempotencyKey = `auto-reply:${input.inboundMessageId}`;
    const sql = this.database.sql();
    const conversation = await sql
      .selectFrom('Conversation')
      .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
      .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
      .select([
        'Conversation.organisation',
        'ChannelAccount.id',
        'ChannelAccount.channel',
        'ChannelAccount.platformAccountId',
        'ChannelAccount.enabled',
        'ChannelAccount.credentials',
        'ChannelAccount.disconnectedAt',
        'Contact.platformId',
        'Contact.userId',
      ])
      .where('Conversation.id', '=', input.conversationId)
      .executeTakeFirstOrThrow();
    const channel = conversation.enabled ? this.channels.clientFor(conversation) : undefined;
    if (!channel) {
      this.logger.info(
        { conversationId: input.conversationId, channelAccountId: conversation.id },
        'channel account turned off: no automatic reply',
      );
      return { messageId: null, platformMessageId: null, sent: false };
    }
    const { client } = channel;
    const account = { id: conversation.id, organisationId: conversation.organisation };

    const message = await this.pendingMessage(account, input.conversationId, idempotencyKey);
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
        channelAccountId: conversation.platformAccountId,
        ...(conversation.platformId ? { to: conversation.platformId } : {}),
        ...(conversation.userId ? { toUserId: conversation.userId } : {}),
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
      await this.publish(account, message.id, input.conversationId);
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
        .where('channelAccount', '=', account.id)
        .where('platformMessageId', '=', platformMessageId)
        .execute();
      const furthest = furthestStatus(
        early.map((row) => row.status as 'sent' | 'delivered' | 'read' | 'failed'),
      );
      if (furthest) await advanceMessageStatus(tx, account.id, platformMessageId, furthest, now);
      await tx
        .updateTable('Conversation')
        .set({ lastMessageAt: now, lastMessagePreview: (message.text ?? '').slice(0, 200), updatedAt: now })
        .where('id', '=', input.conversationId)
        .execute();
    });
    await this.publish(account, message.id, input.conversationId);
    return { messageId: message.id, platformMessageId, sent: true };
  };

  /** The outbound row for this send, created on the first attempt. */
  private async pendingMessage(
    account: { id: string; organisationId: string },
    conversationId: string,
    idempotencyKey: string,
  ) {
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
        organisation: account.organisationId,
        channelAccount: account.id,
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
    await this.publish(account, created.id, conversationId);
    return created;
  }

  private async publish(account: { organisationId: string }, messageId: string, conversationId: string) {
    await this.publisher.messages(account.organisationId, [messageId]);
    await this.publisher.conversations(account.organisationId, [conversationId]);
  }
}
