import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Caller } from '../auth/caller.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { conversationTarget } from './conversation-target.js';

/** One typing indicator per conversation this often at most (WhatsApp shows one for 25 s). */
const typingEveryMs = 10_000;

/**
 * What the customer sees of an agent: their messages marked read (blue ticks on WhatsApp) when
 * an agent opens the conversation, and a typing indicator while one composes. Neither goes
 * through Temporal; a platform that cannot show them is simply not asked.
 */
@Injectable()
export class ReadReceiptsUseCase {
  private readonly typedAt = new Map<string, number>();

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly channels: ChannelClients,
    private readonly publisher: InboxPublisher,
  ) {}

  /** Marks the customer's unread messages read, on the platform and in Parley. */
  async markRead(caller: Caller, conversationId: string): Promise<void> {
    const { target, unread } = await this.unread(caller, conversationId);
    const latest = unread.at(-1);
    if (!latest?.platformMessageId) return;
    const client = target.enabled ? this.channels.clientFor(target)?.client : undefined;
    try {
      await client?.markRead?.({
        channelAccountId: target.platformAccountId,
        platformMessageId: latest.platformMessageId,
      });
    } catch (error) {
      this.logger.warn({ err: error, conversationId }, 'could not mark messages read on the platform');
      return; // kept unread, so the next open tries again
    }
    await this.recordRead(
      caller.organisationId,
      conversationId,
      unread.map((row) => row.id),
    );
  }

  /** Shows the customer that an agent is typing (and, on WhatsApp, that their messages were read). */
  async typing(caller: Caller, conversationId: string): Promise<void> {
    const { target, latest, unread } = await this.unread(caller, conversationId);
    const last = this.typedAt.get(conversationId) ?? 0;
    if (!latest?.platformMessageId || Date.now() - last < typingEveryMs) return;
    this.typedAt.set(conversationId, Date.now());
    if (this.typedAt.size > 10_000) this.typedAt.delete(this.typedAt.keys().next().value!);
    const client = target.enabled ? this.channels.clientFor(target)?.client : undefined;
    if (!client?.showTyping) return;
    try {
      await client.showTyping({
        channelAccountId: target.platformAccountId,
        platformMessageId: latest.platformMessageId,
        ...(target.platformId ? { to: target.platformId } : {}),
        ...(target.userId ? { toUserId: target.userId } : {}),
      });
    } catch (error) {
      this.logger.warn({ err: error, conversationId }, 'could not show the typing indicator');
      return;
    }
    if (client.markRead && unread.length > 0)
      await this.recordRead(
        caller.organisationId,
        conversationId,
        unread.map((row) => row.id),
      );
  }

  private async unread(caller: Caller, conversationId: string) {
    const sql = this.database.sql();
    const target = await conversationTarget(sql, conversationId)
      .where('Conversation.organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!target) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    const inbound = sql
      .selectFrom('Message')
      .select(['id', 'platformMessageId'])
      .where('conversation', '=', conversationId)
      .where('direction', '=', 'inbound');
    const unread = await inbound.where('status', '=', 'received').orderBy('createdAt').execute();
    const latest = await inbound.orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
    return { target, unread, latest };
  }

  private async recordRead(organisationId: string, conversationId: string, messageIds: string[]) {
    await this.database
      .sql()
      .updateTable('Message')
      .set({ status: 'read', statusUpdatedAt: new Date() })
      .where('id', 'in', messageIds)
      .where('status', '=', 'received')
      .execute();
    await this.publisher.messages(organisationId, messageIds);
    await this.publisher.conversations(organisationId, [conversationId]);
  }
}
