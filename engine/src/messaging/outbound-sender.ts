import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CapabilityError, ConnectorSendError, type OutboundMessage } from '@parley/connector-sdk';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { MessageSettlement } from '../credits/message-settlement.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { conversationTarget } from './conversation-target.js';
import { OutboundCredits } from './outbound-credits.js';
import { advanceMessageStatus, furthestStatus } from './message-status.js';
import { recordFirstResponse } from '../routing/first-response.js';

/** What is stored of an outbound message: its kind, readable text and content. */
export interface StoredOutbound {
  type: string;
  text: string | null;
  content: Record<string, unknown> | null;
}

export interface OutboundSend {
  conversationId: string;
  /** One per intended message: a retry with the same key reuses the row and never sends twice. */
  idempotencyKey: string;
  stored: StoredOutbound;
  /** The message for the platform, built once the row exists (e.g. after uploading its media). */
  message: () => Promise<OutboundMessage> | OutboundMessage;
  /** Record a transient failure on the message too, instead of throwing it for a retry. */
  failTransient?: boolean;
  /** The agent who sends it; null or absent for automation. */
  senderUserId?: string | null;
  /** The platform id of the message it quotes. */
  replyTo?: string | null;
}

export type OutboundResult =
  | { outcome: 'sent'; messageId: string; platformMessageId: string }
  /**
   * Refused by the platform (recorded on the message): for good, or for now with `failTransient`;
   * or before sending, by Parley: INSUFFICIENT_CREDITS, or a template WhatsApp does not deliver.
   */
  | { outcome: 'refused'; messageId: string; error: ConnectorSendError }
  /** The channel account is turned off or disconnected: nothing was stored or sent. */
  | { outcome: 'account_off' }
  /** Automation, but a person owns the conversation (docs/routing.md "Handoff"): nothing was stored or sent. */
  | { outcome: 'handed_off' };

/**
 * Sends one outbound message of a conversation and records it: a pending row first (shown at
 * once), then the platform's id, statuses that arrived before it, and the conversation's last
 * message. A paid message is reserved first unless it already is (an agent's, reserved before
 * the update), and not sent when the balance is short; a refusal gives its credits back. A
 * permanent refusal marks the message failed with the platform's reason; a transient failure is
 * thrown for the caller to retry or report. Idempotent per key.
 */
@Injectable()
export class OutboundSender {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly channels: ChannelClients,
    private readonly publisher: InboxPublisher,
    private readonly credits: OutboundCredits,
    private readonly ledger: CreditLedger,
    private readonly settlement: MessageSettlement,
  ) {}

  async send(input: OutboundSend): Promise<OutboundResult> {
    const sql = this.database.sql();
    const conversation = await conversationTarget(sql, input.conversationId).executeTakeFirstOrThrow();
    const channel = conversation.enabled ? this.channels.clientFor(conversation) : undefined;
    if (!channel) return { outcome: 'account_off' };
    const { client } = channel;
    const account = { id: conversation.id, organisationId: conversation.organisation };

    const message = await this.pendingMessage(account, input);
    if (!message) return { outcome: 'handed_off' };
    if (message.platformMessageId)
      return { outcome: 'sent', messageId: message.id, platformMessageId: message.platformMessageId };
    if (message.status === 'failed') {
      // A refusal recorded by an attempt that stopped before giving the credits back.
      await this.release(account, input.idempotencyKey, message.errorCode);
      return {
        outcome: 'refused',
        messageId: message.id,
        error: new ConnectorSendError(
          message.errorMessage ?? 'refused',
          message.errorCode ?? 'unknown',
          false,
        ),
      };
    }
    const unpaid = await this.credits.reserve(conversation, input);
    if (unpaid) {
      await this.fail(account, input.conversationId, message.id, unpaid);
      return { outcome: 'refused', messageId: message.id, error: unpaid };
    }

    let platformMessageId: string;
    try {
      ({ platformMessageId } = await client.send({
        channelAccountId: conversation.platformAccountId,
        ...(conversation.platformId ? { to: conversation.platformId } : {}),
        ...(conversation.userId ? { toUserId: conversation.userId } : {}),
        message: await input.message(),
        ...(input.replyTo ? { replyTo: input.replyTo } : {}),
        idempotencyKey: input.idempotencyKey,
      }));
    } catch (caught) {
      // Content the channel cannot carry is refused for good, like a permanent platform error;
      // anything else (a file upload, the network) may pass, so it is transient.
      const error =
        caught instanceof CapabilityError
          ? new ConnectorSendError(caught.message, 'CAPABILITY', false)
          : caught instanceof ConnectorSendError
            ? caught
            : new ConnectorSendError(
                caught instanceof Error ? caught.message : String(caught),
                'UNAVAILABLE',
                true,
              );
      if (error.retryable && !input.failTransient) throw caught;
      this.logger.warn({ err: error, messageId: message.id }, 'message refused by the platform');
      await this.fail(account, input.conversationId, message.id, error);
      await this.release(account, input.idempotencyKey, error.platformCode);
      return { outcome: 'refused', messageId: message.id, error };
    }

    const settled = await this.database.transaction(async (tx) => {
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
      await tx
        .updateTable('Conversation')
        .set({ lastMessageAt: now, lastMessagePreview: (message.text ?? '').slice(0, 200), updatedAt: now })
        .where('id', '=', input.conversationId)
        .execute();
      // Status webhooks may have arrived before the platform id was recorded: apply them now, and
      // settle or release the credits as the intake would have.
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
      else if (client.manifest.capabilities.deliveryReports) return null;
      return this.settlement.settle(tx, account.id, platformMessageId);
    });
    if (settled) await this.ledger.notify(settled);
    await this.publish(account, message.id, input.conversationId);
    return { outcome: 'sent', messageId: message.id, platformMessageId };
  }

  /** Records a failure the platform gave (or one found before sending) on the message. */
  async fail(
    account: { organisationId: string },
    conversationId: string,
    messageId: string,
    error: { platformCode: string; message: string },
  ): Promise<void> {
    await this.database
      .sql()
      .updateTable('Message')
      .set({
        status: 'failed',
        errorCode: error.platformCode,
        errorMessage: error.message,
        statusUpdatedAt: new Date(),
      })
      .where('id', '=', messageId)
      .execute();
    await this.publish(account, messageId, conversationId);
  }

  /** Gives a message's reserved credits back: it was refused, so it never costs. */
  private async release(account: { organisationId: string }, messageKey: string, code: string | null) {
    const note = `not sent (${code ?? 'refused'})`;
    const released = await this.database.transaction((sql) =>
      this.ledger.release({ organisationId: account.organisationId, messageKey, note }, sql),
    );
    if (released) await this.ledger.notify(account.organisationId);
  }

  /**
   * Stores a message that waits for the customer to answer (after a fallback template): shown in
   * the thread as held, sent by `send` with the same key once they do. Idempotent per key.
   */
  async hold(
    input: Omit<OutboundSend, 'message'>,
  ): Promise<{ messageId: string } | { outcome: 'account_off' | 'handed_off' }> {
    const conversation = await conversationTarget(
      this.database.sql(),
      input.conversationId,
    ).executeTakeFirstOrThrow();
    if (!conversation.enabled || conversation.disconnectedAt !== null) return { outcome: 'account_off' };
    const account = { id: conversation.id, organisationId: conversation.organisation };
    const message = await this.pendingMessage(account, input, 'held');
    if (!message) return { outcome: 'handed_off' };
    return { messageId: message.id };
  }

  /**
   * The outbound row for this send, created on the first attempt; a held one is now pending.
   * Automation's row (no `senderUserId`) is created — or its held row released — only while no
   * person owns the conversation: undefined when one does. A row that exists was decided before
   * the takeover, and is sent.
   */
  private async pendingMessage(
    account: { id: string; organisationId: string },
    input: Omit<OutboundSend, 'message'>,
    status: 'pending' | 'held' = 'pending',
  ) {
    const sql = this.database.sql();
    const find = () =>
      sql
        .selectFrom('Message')
        .selectAll()
        .where('idempotencyKey', '=', input.idempotencyKey)
        .executeTakeFirst();
    const existing = await find();
    if (existing?.status === 'held' && status === 'pending') {
      const now = new Date();
      const released = await this.asAutomation(existing.sentBy === null, input.conversationId, (tx) =>
        tx
          .updateTable('Message')
          .set({ status: 'pending', createdAt: now, statusUpdatedAt: now })
          .where('id', '=', existing.id)
          .where('status', '=', 'held')
          .execute(),
      );
      if (!released) return undefined;
      await this.publish(account, existing.id, input.conversationId);
      return (await find())!;
    }
    if (existing) return existing;
    const now = new Date();
    const inserted = await this.asAutomation(!input.senderUserId, input.conversationId, (tx) =>
      tx
        .insertInto('Message')
        .values({
          id: randomUUID(),
          organisation: account.organisationId,
          channelAccount: account.id,
          conversation: input.conversationId,
          direction: 'outbound',
          type: input.stored.type,
          text: input.stored.text,
          content: input.stored.content,
          status,
          platformMessageId: null,
          idempotencyKey: input.idempotencyKey,
          errorCode: null,
          errorMessage: null,
          replyToPlatformId: input.replyTo ?? null,
          referral: null,
          sentBy: input.senderUserId ?? null,
          createdAt: now,
          statusUpdatedAt: now,
        })
        .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
        .execute(),
    );
    if (!inserted) return (await find()) ?? undefined;
    const created = await find();
    if (!created) throw new Error(`outbound message ${input.idempotencyKey} vanished`);
    // An agent's reply answers the conversation: it stays with them when they go offline.
    if (input.senderUserId && status === 'pending') await recordFirstResponse(sql, input.conversationId, now);
    await this.publish(account, created.id, input.conversationId);
    return created;
  }

  /**
   * Runs `write` — for automation, only while no person owns the conversation, decided by a
   * conditional write on the conversation's row in the same transaction (`assigned_user_id is
   * null`): it holds the row until the commit, so an assignment claiming it (a conditional update
   * of the same row) comes wholly before — and the write does not happen — or wholly after.
   * Answers whether `write` ran. An agent's write (`automation` false) just runs.
   */
  private async asAutomation(
    automation: boolean,
    conversationId: string,
    write: (tx: Sql) => Promise<unknown>,
  ): Promise<boolean> {
    if (!automation) {
      await write(this.database.sql());
      return true;
    }
    return this.database.transaction(async (tx) => {
      const unowned = await tx
        .updateTable('Conversation')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', conversationId)
        .where('assignedUser', 'is', null)
        .executeTakeFirst();
      if (Number(unowned.numUpdatedRows) === 0) return false;
      await write(tx);
      return true;
    });
  }

  private async publish(account: { organisationId: string }, messageId: string, conversationId: string) {
    await this.publisher.messages(account.organisationId, [messageId]);
    await this.publisher.conversations(account.organisationId, [conversationId]);
  }
}
