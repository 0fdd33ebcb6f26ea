import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { InboundEvent, MessageEvent, StatusEvent } from '@parley/connector-sdk';
import { type InboundMessageSignal, conversationWorkflowId } from '@parley/workflows';
import type { Logger } from 'pino';
import { insertConversation } from '../contacts/insert-conversation.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { MessageSettlement } from '../credits/message-settlement.js';
import { applyIdentityChange, resolveContact } from '../contacts/resolve-contact.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { GroupCommit } from '../infrastructure/database/group-commit.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { MediaFetcher } from '../media/media-fetcher.service.js';
import { contentPreview, contentText } from '../messaging/message-content.js';
import { advanceMessageStatus } from '../messaging/message-status.js';
import { windowPolicy, windowsAfter } from '../messaging/window-policy.js';
import { enqueue } from '../outbox/enqueue.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { IntakeRouting } from '../routing/intake-routing.js';
import { FlowTriggers } from '../flows/triggers/flow-triggers.service.js';
import { routeTemplateEvent } from './template-events.js';

export interface IntakeResult {
  messagesStored: number;
  duplicates: number;
  statusesRecorded: number;
  /** Identity changes, template and platform events. */
  otherEvents: number;
}

/** One channel account's events from one delivery. */
export interface IntakeJob {
  account: AccountRef;
  events: InboundEvent[];
}

/** What a batch changed, for the live events and the kicks after its commit. */
interface Touched {
  conversations: Set<string>;
  messages: Set<string>;
  statuses: Map<string, Set<string>>;
  relay: boolean;
  media: boolean;
  /** A delivery report settled or released credits: the balance moved. */
  credits: boolean;
  /**
   * Conversations a customer wrote to that have no owner, or are closed or snoozed: routed after
   * the commit (an assignment adds an outbox row for the workflow's SLA timer).
   */
  routing: Set<string>;
}

const mediaTypes = new Set(['image', 'video', 'audio', 'document', 'sticker']);
export const emptyIntakeResult = (): IntakeResult => ({
  messagesStored: 0,
  duplicates: 0,
  statusesRecorded: 0,
  otherEvents: 0,
});

/**
 * Stores a verified webhook's events for their channel account in one transaction: new inbound
 * messages (a redelivery adds nothing: the platform id is unique within the account) under the
 * contact the platform's identities name, delivery statuses that never move a message backwards
 * (settling or releasing the message's credits with them), identity changes and template updates. An enabled account's new messages also get an outbox row
 * for Temporal; a disabled account's are stored and nothing more happens. Never waits on Temporal;
 * webhooks arriving together are written in one transaction. After the commit, each conversation a
 * customer wrote to that has no owner (or is closed or snoozed) is routed (IntakeRouting).
 */
@Injectable()
export class IntakeWebhookUseCase {
  constructor(
    private readonly database: Database,
    private readonly publisher: InboxPublisher,
    private readonly relay: OutboxRelay,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly media: MediaFetcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settlement: MessageSettlement,
    private readonly ledger: CreditLedger,
    private readonly routing: IntakeRouting,
    private readonly flows: FlowTriggers,
  ) {}

  private readonly group = new GroupCommit<IntakeJob, IntakeResult>((jobs) => this.writeBatch(jobs));

  /** Stores one account's events; concurrent webhooks share a transaction (group commit). */
  execute(job: IntakeJob): Promise<IntakeResult> {
    return this.group.submit(job);
  }

  private async writeBatch(jobs: IntakeJob[]): Promise<IntakeResult[]> {
    const touched = new Map<string, Touched>();
    const now = new Date();
    // Messages stored together keep the platform's order: each is a millisecond after the one
    // before, so the thread (ordered by time, then id) never reorders them by their random ids.
    let stored = 0;
    const stamp = () => new Date(now.getTime() + stored++);
    const results = await this.database.transaction(async (sql) => {
      const batch: IntakeResult[] = [];
      for (const job of jobs) {
        const scope = touched.get(job.account.organisationId) ?? newTouched();
        touched.set(job.account.organisationId, scope);
        batch.push(await this.store(sql, job, now, scope, stamp));
      }
      return batch;
    });
    // Routing runs after the commit, each conversation in a transaction of its own that publishes;
    // an assignment with an SLA adds an outbox row for the workflow's timer before the kick.
    for (const scope of touched.values()) await this.routing.routeAll(scope.routing);
    const all = [...touched.values()];
    if (all.some((scope) => scope.relay)) this.relay.kick();
    if (all.some((scope) => scope.media)) this.media.kick();
    for (const [organisationId, scope] of touched) {
      await this.publish(organisationId, scope);
      if (scope.credits) await this.ledger.notify(organisationId);
    }
    return results;
  }

  private async store(
    sql: Sql,
    { account, events }: IntakeJob,
    now: Date,
    touched: Touched,
    stamp: () => Date,
  ): Promise<IntakeResult> {
    const result = emptyIntakeResult();
    for (const event of events) {
      if (event.kind === 'message') {
        const stored = await this.storeMessage(sql, account, event, stamp());
        if (!stored) {
          result.duplicates += 1;
          continue;
        }
        result.messagesStored += 1;
        touched.media ||= stored.media;
        touched.relay ||= account.enabled;
        touched.conversations.add(stored.conversationId);
        touched.messages.add(stored.messageId);
        if (account.enabled && stored.wantsRouting) touched.routing.add(stored.conversationId);
      } else if (event.kind === 'status') {
        if (await this.storeStatus(sql, account, event, now, touched)) {
          result.statusesRecorded += 1;
          const ids = touched.statuses.get(account.id) ?? new Set<string>();
          ids.add(event.platformMessageId);
          touched.statuses.set(account.id, ids);
        }
      } else {
        result.otherEvents += 1;
        if (event.kind === 'contact_identity')
          await applyIdentityChange(sql, account, event, now, this.logger);
        else if (event.kind === 'template_status' || event.kind === 'template_category') {
          const routed = await routeTemplateEvent(sql, account, event, now);
          touched.relay ||= routed;
        }
        this.logger.info(
          {
            event: event.kind,
            eventId: event.eventId,
            organisationId: account.organisationId,
            channelAccountId: account.id,
          },
          `${event.kind} event received`,
        );
      }
    }
    return result;
  }

  private async storeMessage(sql: Sql, account: AccountRef, event: MessageEvent, now: Date) {
    const duplicate = await sql
      .selectFrom('Message')
      .select('id')
      .where('channelAccount', '=', account.id)
      .where('platformMessageId', '=', event.platformMessageId)
      .executeTakeFirst();
    if (duplicate) return undefined;
    const contactId = await resolveContact(sql, account, event.contact, now, this.logger);
    const conversation = await this.upsertConversation(sql, account, contactId, now);
    const conversationId = conversation.id;
    const messageId = randomUUID();
    const { content } = event;
    const inserted = await sql
      .insertInto('Message')
      .values({
        id: messageId,
        organisation: account.organisationId,
        channelAccount: account.id,
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
        replyToPlatformId: event.replyTo ?? null,
        referral: event.referral ? { ...event.referral } : null,
        sentBy: null,
        createdAt: now,
        statusUpdatedAt: now,
      })
      .onConflict((conflict) => conflict.columns(['channelAccount', 'platformMessageId']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;

    const media = mediaTypes.has(content.type) && 'mediaId' in content;
    if (media) {
      await sql
        .insertInto('Media')
        .values({
          id: randomUUID(),
          organisation: account.organisationId,
          channelAccount: account.id,
          message: messageId,
          channel: account.channel,
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
        .onConflict((conflict) => conflict.columns(['channelAccount', 'platformMediaId']).doNothing())
        .execute();
    }
    // The window as the conversation workflow will keep it, stored for lists and pushed live.
    const policy = windowPolicy(account.channel, this.config);
    const sentAt = new Date(event.occurredAt);
    const window = windowsAfter(policy, conversation.window, sentAt, event.referral !== undefined);
    await sql
      .updateTable('Conversation')
      .set({
        lastMessageAt: now,
        lastMessagePreview: contentPreview(content),
        lastInboundAt: sentAt,
        windowExpiresAt: window.expiresAt,
        entryPointExpiresAt: window.entryPointExpiresAt,
        updatedAt: now,
      })
      .where('id', '=', conversationId)
      .execute();

    // A disabled account stores what arrives and does nothing more: no workflow, no reply.
    let automated = false;
    if (account.enabled) {
      const automation = await this.flows.onInbound(
        sql,
        { ...conversation, organisationId: account.organisationId, channelAccountId: account.id },
        content,
        now,
      );
      automated = automation.automated;
      const signal: InboundMessageSignal = {
        messageId,
        conversationId,
        occurredAt: event.occurredAt,
        ...(event.referral ? { referral: true } : {}),
        ...automation.signal,
      };
      await enqueue(
        sql,
        {
          organisationId: account.organisationId,
          workflowId: conversationWorkflowId(account.id, contactId),
          payload: { workflow: 'conversation', ...signal, policy },
        },
        now,
      );
    }
    // A flow answers its conversation; it hands over to routing by its assign node.
    const wantsRouting =
      !automated && (conversation.assignedUserId === null || conversation.status !== 'open');
    return { conversationId, messageId, media, wantsRouting };
  }

  private async upsertConversation(sql: Sql, account: AccountRef, contactId: string, now: Date) {
    const find = async () => {
      const row = await sql
        .selectFrom('Conversation')
        .select([
          'id',
          'windowExpiresAt',
          'entryPointExpiresAt',
          'assignedUser',
          'team',
          'activeFlowRun',
          'status',
        ])
        .where('channelAccount', '=', account.id)
        .where('contact', '=', contactId)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          assignedUserId: row.assignedUser,
          teamId: row.team,
          activeFlowRun: row.activeFlowRun,
          created: false,
          status: row.status,
          window: {
            expiresAt: row.windowExpiresAt ? new Date(row.windowExpiresAt) : null,
            entryPointExpiresAt: row.entryPointExpiresAt ? new Date(row.entryPointExpiresAt) : null,
          },
        }
      );
    };
    const existing = await find();
    if (existing) return existing;
    const inserted = await insertConversation(sql, account, contactId, now);
    const created = await find();
    if (!created) throw new Error(`conversation of contact ${contactId} vanished during intake`);
    return { ...created, created: inserted };
  }

  /**
   * Records one status report and settles (delivered, read) or releases (failed) the message's
   * credits; returns false for a redelivery already recorded.
   */
  private async storeStatus(
    sql: Sql,
    account: AccountRef,
    event: StatusEvent,
    now: Date,
    touched: Touched,
  ): Promise<boolean> {
    const error = event.errors[0];
    const inserted = await sql
      .insertInto('StatusEvent')
      .values({
        organisation: account.organisationId,
        channelAccount: account.id,
        platformMessageId: event.platformMessageId,
        status: event.status,
        occurredAt: new Date(event.occurredAt),
        errorCode: error?.code ?? null,
        errorMessage: error ? (error.message ?? error.title ?? null) : null,
        pricing: event.pricing ? { ...event.pricing } : null,
        receivedAt: now,
      })
      .onConflict((conflict) =>
        conflict.columns(['channelAccount', 'platformMessageId', 'status']).doNothing(),
      )
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const failure = error ? { code: error.code, message: error.message ?? error.title ?? '' } : undefined;
    await advanceMessageStatus(sql, account.id, event.platformMessageId, event.status, now, failure);
    // `sent` moves no credits (a charge waits for delivery); its pricing is kept for then.
    if (event.status === 'sent') return true;
    if (await this.settlement.settle(sql, account.id, event.platformMessageId, event.pricing))
      touched.credits = true;
    return true;
  }

  private async publish(organisationId: string, touched: Touched) {
    await this.publisher.conversations(organisationId, touched.conversations);
    await this.publisher.messages(organisationId, touched.messages);
    for (const [accountId, platformIds] of touched.statuses)
      await this.publisher.messagesByPlatformIds(organisationId, accountId, platformIds);
  }
}

function newTouched(): Touched {
  return {
    conversations: new Set(),
    messages: new Set(),
    statuses: new Map(),
    relay: false,
    media: false,
    credits: false,
    routing: new Set(),
  };
}
