import { Inject, Injectable } from '@nestjs/common';
import type { InboundEvent, WebhookReceiver } from '@parley/connector-sdk';
import type { Logger } from 'pino';
import { type AccountRef, ChannelDirectory } from '../channels/channel-directory.service.js';
import type { ConnectorId } from '../channels/connectors.js';
import { storeDeadLetters } from '../dead-letters/store-dead-letters.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { emptyIntakeResult, type IntakeResult, IntakeWebhookUseCase } from './intake-webhook.usecase.js';
import { readDelivery } from './read-delivery.js';
import { WebhookStats } from './webhook-stats.service.js';

export interface DeliveryResult extends IntakeResult {
  /** Events for accounts Parley does not serve: acknowledged and dropped. */
  unrouted: number;
  /** Parts kept as dead letters. */
  deadLettered: number;
}

export interface Delivery {
  result: DeliveryResult;
  /** Taps the platform waits to see answered (Telegram callback queries), now stored. */
  interactionIds: string[];
}

/**
 * A genuine delivery, from raw bytes to stored events: read part by part, each event routed to the
 * connected account it names (never to another organisation's), unreadable parts kept as dead
 * letters. Nothing here refuses a genuine delivery: it is always acknowledged.
 */
@Injectable()
export class WebhookDeliveries {
  constructor(
    private readonly directory: ChannelDirectory,
    private readonly intake: IntakeWebhookUseCase,
    private readonly database: Database,
    private readonly stats: WebhookStats,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A delivery to a channel's shared URL: each event names its account. */
  async shared(channel: ConnectorId, receiver: WebhookReceiver, raw: Buffer): Promise<Delivery> {
    const { events, unread } = readDelivery(receiver, raw);
    const accountOf = this.resolver(channel);
    const parts = await Promise.all(
      unread.map(async (part) => ({ ...part, account: await accountOf(part.channelAccountId) })),
    );
    const { routed, unrouted } = await this.route(events, accountOf);
    return this.store(channel, routed, parts, unrouted);
  }

  /** A delivery to one account's own URL: its events are that account's and no other's. */
  async forAccount(account: AccountRef, receiver: WebhookReceiver, raw: Buffer): Promise<Delivery> {
    const { events, unread } = readDelivery(receiver, raw);
    const { routed, unrouted } = await this.route(events, async (platformId) =>
      platformId === account.platformAccountId ? account : undefined,
    );
    return this.store(
      account.channel,
      routed,
      unread.map((part) => ({ ...part, account })),
      unrouted,
    );
  }

  /**
   * Events read again from a dead letter of `organisationId`: routed like a fresh delivery, to
   * that organisation's accounts only (or to the one account the letter came to). Nothing is
   * stored when some event has no account of the organisation to go to: `unrouted` counts them.
   */
  async replayed(
    channel: ConnectorId,
    events: InboundEvent[],
    organisationId: string,
    account: AccountRef | undefined,
  ): Promise<{ stored: DeliveryResult } | { stored: null; unrouted: number }> {
    const shared = this.resolver(channel);
    const accountOf = async (platformId: string | undefined) => {
      const found = account && platformId === account.platformAccountId ? account : await shared(platformId);
      return found?.organisationId === organisationId ? found : undefined;
    };
    const { routed, unrouted } = await this.route(events, accountOf);
    // All or nothing: a replay that would drop events for an account not served now stores none.
    if (unrouted > 0) return { stored: null, unrouted };
    return { stored: (await this.store(channel, routed, [], 0)).result };
  }

  private resolver(channel: ConnectorId) {
    const accounts = new Map<string, Promise<AccountRef | undefined>>();
    return (platformId: string | undefined): Promise<AccountRef | undefined> => {
      if (platformId === undefined) return Promise.resolve(undefined);
      let account = accounts.get(platformId);
      if (!account) accounts.set(platformId, (account = this.directory.resolve(channel, platformId)));
      return account;
    };
  }

  private async route(
    events: InboundEvent[],
    accountOf: (platformId: string | undefined) => Promise<AccountRef | undefined>,
  ) {
    const routed: { account: AccountRef; event: InboundEvent }[] = [];
    let unrouted = 0;
    for (const event of events) {
      const account = await accountOf(event.channelAccountId);
      if (account) routed.push({ account, event });
      else unrouted += 1;
    }
    return { routed, unrouted };
  }

  private async store(
    channel: ConnectorId,
    routed: { account: AccountRef; event: InboundEvent }[],
    parts: Parameters<typeof storeDeadLetters>[2],
    unrouted: number,
  ): Promise<Delivery> {
    if (unrouted > 0) {
      this.stats.unroutedEvents += unrouted;
      this.logger.warn(
        { event: 'webhook_unrouted', channel, events: unrouted },
        'events for an account no organisation serves',
      );
    }
    if (parts.length > 0) {
      await this.database.transaction((sql) => storeDeadLetters(sql, channel, parts));
      this.stats.deadLetters += parts.length;
      this.logger.warn(
        {
          event: 'webhook_dead_lettered',
          channel,
          parts: parts.length,
          errors: parts.map((part) => part.error.slice(0, 200)),
        },
        'kept webhook parts Parley could not read',
      );
    }
    const byAccount = new Map<string, { account: AccountRef; events: InboundEvent[] }>();
    for (const { account, event } of routed) {
      const job = byAccount.get(account.id) ?? { account, events: [] };
      job.events.push(event);
      byAccount.set(account.id, job);
    }
    const total: DeliveryResult = { ...emptyIntakeResult(), unrouted, deadLettered: parts.length };
    const results = await Promise.all([...byAccount.values()].map((job) => this.intake.execute(job)));
    for (const result of results) {
      total.messagesStored += result.messagesStored;
      total.duplicates += result.duplicates;
      total.statusesRecorded += result.statusesRecorded;
      total.otherEvents += result.otherEvents;
    }
    const interactionIds = routed.flatMap(({ event }) =>
      event.kind === 'message' && event.interactionId ? [event.interactionId] : [],
    );
    return { result: total, interactionIds };
  }
}
