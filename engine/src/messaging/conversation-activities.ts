import { Injectable } from '@nestjs/common';
import type { OutboundMessage } from '@parley/connector-sdk';
import {
  permanentFailureType,
  type AutomaticReplyInput,
  type AutomaticReplyResult,
  type ConversationActivities,
  type HoldActivityInput,
  type OutboundDraft,
  type SendActivityInput,
  type SendMessageResult,
  type SlaBreachedInput,
  type SlaBreachedResult,
} from '@parley/workflows';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { AssignmentService } from '../routing/assignment.service.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import { accountAccess } from '../templates/waba-access.js';
import { decideAutomaticReply } from './automatic-reply.js';
import { storedDraft, withMediaId } from './compose/composed-draft.js';
import { conversationTarget } from './conversation-target.js';
import { insufficientCreditsCode } from './outbound-credits.js';
import { OutboundSender } from './outbound-sender.js';

/** The key of the fallback template sent to hold the message of key `key` (the window is closed). */
export const fallbackMessageKey = (key: string): string => `${key}:fallback`;

/**
 * The conversation workflow's activities: each does one side effect, idempotently per key, and
 * classifies what goes wrong — a permanent refusal is recorded on the message and returned, a
 * transient one is thrown for the workflow's bounded retry until the last attempt, which records it.
 */
@Injectable()
export class ConversationActivitiesService {
  constructor(
    private readonly database: Database,
    private readonly sender: OutboundSender,
    private readonly clients: ChannelClients,
    private readonly files: LibraryFiles,
    private readonly replies: AutomaticRepliesStore,
    private readonly drafts: TemplateDrafts,
    private readonly publisher: InboxPublisher,
    private readonly ledger: CreditLedger,
    private readonly assignment: AssignmentService,
  ) {}

  readonly activities: ConversationActivities = {
    automaticReply: (input) => this.automaticReply(input),
    sendMessage: (input) => this.sendMessage(input),
    holdWithFallback: (input) => this.holdWithFallback(input),
    sendHeld: (input) => this.sendHeld(input),
    expireHeld: (input) => this.expireHeld(input),
    slaBreached: (input) => this.slaBreached(input),
  };

  /**
   * The SLA deadline passed. Only the same assignment, still open and unanswered, counts: then the
   * conversation goes back to its team's queue (reassign) or to the escalation team, not to the
   * agent who missed it, and is assigned there when someone can take it (that assignment starts
   * its own timer, like every other). Admins and the team are told live.
   */
  private async slaBreached(input: SlaBreachedInput): Promise<SlaBreachedResult> {
    const sql = this.database.sql();
    const row = await sql
      .selectFrom('Conversation')
      .select(['team', 'channelAccount'])
      .where('id', '=', input.conversationId)
      .executeTakeFirst();
    if (!row || row.team === null) return { outcome: 'stale' };
    const team = await sql.selectFrom('Team').select('sla').where('id', '=', row.team).executeTakeFirst();
    const sla = team?.sla as { onBreach?: string; escalateToTeamId?: string | null } | undefined;
    const escalateTo = sla?.onBreach === 'escalate' ? (sla.escalateToTeamId ?? null) : null;
    // Whether it is the same assignment, still unanswered, is decided in the move's transaction.
    const moved = await this.assignment.breachSla(
      input.conversationId,
      { userId: input.userId, assignedAt: new Date(input.assignedAt) },
      escalateTo ?? row.team,
    );
    if ('refused' in moved) return { outcome: moved.refused === 'SLA_ANSWERED' ? 'answered' : 'stale' };
    const after = await sql
      .selectFrom('Conversation')
      .select(['assignedUser', 'team'])
      .where('id', '=', input.conversationId)
      .executeTakeFirstOrThrow();
    const outcome = escalateTo ? 'escalated' : after.assignedUser ? 'reassigned' : 'queued';
    if (after.team)
      this.publisher.slaBreached(moved.state.organisationId, {
        conversationId: input.conversationId,
        userId: input.userId,
        teamId: after.team,
        outcome,
        at: new Date().toISOString(),
      });
    return { outcome };
  }

  private async automaticReply(input: AutomaticReplyInput): Promise<AutomaticReplyResult> {
    const target = await this.target(input.conversationId);
    // A flow run claimed the conversation (a test chat claims it before its first message): the
    // flow is this window's answer, not the greeting.
    if (target.activeFlowRun !== null) return { settled: true, messageId: null };
    const inbound = await this.database
      .sql()
      .selectFrom('Message')
      .select('type')
      .where('id', '=', input.inboundMessageId)
      .executeTakeFirst();
    if (!inbound) return { settled: false, messageId: null };
    const decision = decideAutomaticReply(await this.replies.get(target.id), inbound.type, new Date());
    if (!decision.send) return { settled: decision.settled, messageId: null };
    const result = await this.sendMessage({
      conversationId: input.conversationId,
      idempotencyKey: `auto-reply:${input.inboundMessageId}`,
      draft: {
        stored: { type: 'text', text: decision.text, content: null },
        message: { type: 'text', text: decision.text },
      },
      senderUserId: null,
      maxAttempts: input.maxAttempts,
    });
    return { settled: true, messageId: 'messageId' in result ? result.messageId : null };
  }

  private async sendMessage(input: SendActivityInput): Promise<SendMessageResult> {
    const target = await this.target(input.conversationId);
    const { draft } = input;
    const result = await this.sender.send({
      conversationId: input.conversationId,
      idempotencyKey: input.idempotencyKey,
      stored: draft.stored,
      senderUserId: input.senderUserId,
      replyTo: draft.replyTo ?? null,
      message: () => this.platformMessage(target, draft),
      failTransient: Context.current().info.attempt >= input.maxAttempts,
    });
    if (result.outcome === 'account_off' || result.outcome === 'handed_off') return result;
    // Automation that cannot pay (an automatic reply, a fallback template, a held message) waits
    // for an agent; an agent's own message was reserved before its update and never gets here.
    if (result.outcome === 'refused' && result.error.platformCode === insufficientCreditsCode)
      await this.flag(
        target.organisation,
        input.conversationId,
        insufficientCreditsCode,
        `A message to this customer was not sent: ${result.error.message}`,
      );
    if (result.outcome === 'refused')
      return {
        outcome: 'failed',
        messageId: result.messageId,
        code: result.error.platformCode,
        reason: result.error.message,
      };
    if (input.senderUserId) await this.clearAttention(target.organisation, input.conversationId);
    return { outcome: 'sent', messageId: result.messageId };
  }

  private async holdWithFallback(input: HoldActivityInput): Promise<SendMessageResult> {
    const target = await this.target(input.conversationId);
    const fallback = (await this.replies.get(target.id)).fallbackTemplate;
    let template: OutboundDraft;
    try {
      if (!fallback)
        throw new ApiError(
          409,
          'NO_FALLBACK_TEMPLATE',
          'no fallback template is set for this channel account',
        );
      template = await this.drafts.draft(target.organisation, input.conversationId, fallback);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const reason = `The customer-service window is closed and the fallback template cannot be sent: ${error.message}`;
      if (input.flagIfNoFallback)
        await this.flag(target.organisation, input.conversationId, 'NO_FALLBACK_TEMPLATE', reason);
      return { outcome: 'no_fallback', code: error.code, reason };
    }
    const sent = await this.sendMessage({
      ...input,
      idempotencyKey: fallbackMessageKey(input.idempotencyKey),
      draft: template,
    });
    if (sent.outcome !== 'sent') return sent;
    const held = await this.sender.hold({
      conversationId: input.conversationId,
      idempotencyKey: input.idempotencyKey,
      stored: input.draft.stored,
      senderUserId: input.senderUserId,
      replyTo: input.draft.replyTo ?? null,
    });
    if ('outcome' in held) return held;
    return { outcome: 'held', messageId: held.messageId, fallbackMessageId: sent.messageId };
  }

  private async sendHeld(input: { conversationId: string; messageIds: string[]; maxAttempts: number }) {
    const rows = await this.database
      .sql()
      .selectFrom('Message')
      .select(['id', 'type', 'text', 'content', 'replyToPlatformId', 'idempotencyKey', 'sentBy', 'status'])
      .where('conversation', '=', input.conversationId)
      .where('id', 'in', input.messageIds)
      .execute();
    // In the order they were held; one already sent by an earlier attempt is skipped by its key.
    for (const id of input.messageIds) {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row?.idempotencyKey || !['held', 'pending'].includes(row.status)) continue;
      await this.sendMessage({
        conversationId: input.conversationId,
        idempotencyKey: row.idempotencyKey,
        draft: storedDraft(row),
        senderUserId: row.sentBy ?? null,
        maxAttempts: input.maxAttempts,
      });
    }
  }

  private async expireHeld(input: { conversationId: string; messageIds: string[] }) {
    const target = await this.target(input.conversationId);
    await this.database
      .sql()
      .updateTable('Message')
      .set({
        status: 'failed',
        errorCode: 'HELD_EXPIRED',
        errorMessage: 'The customer did not answer the template within 30 days, so this message was not sent',
        statusUpdatedAt: new Date(),
      })
      .where('conversation', '=', input.conversationId)
      .where('id', 'in', input.messageIds)
      .where('status', '=', 'held')
      .execute();
    await this.releaseExpired(target.organisation, input);
    await this.publisher.messages(target.organisation, input.messageIds);
    await this.publisher.conversations(target.organisation, [input.conversationId]);
  }

  /** Credits reserved for held messages that expired unsent go back (once, however often retried). */
  private async releaseExpired(
    organisationId: string,
    input: { conversationId: string; messageIds: string[] },
  ) {
    const keys = await this.database
      .sql()
      .selectFrom('Message')
      .select('idempotencyKey')
      .where('conversation', '=', input.conversationId)
      .where('id', 'in', input.messageIds)
      .where('errorCode', '=', 'HELD_EXPIRED')
      .execute();
    let released = false;
    await this.database.transaction(async (sql) => {
      for (const { idempotencyKey } of keys)
        if (idempotencyKey)
          released =
            (await this.ledger.release(
              { organisationId, messageKey: idempotencyKey, note: 'held message expired unsent' },
              sql,
            )) || released;
    });
    if (released) await this.ledger.notify(organisationId);
  }

  private async target(conversationId: string) {
    const row = await conversationTarget(this.database.sql(), conversationId).executeTakeFirst();
    if (!row)
      throw ApplicationFailure.create({
        type: permanentFailureType,
        message: `conversation ${conversationId} does not exist`,
        nonRetryable: true,
      });
    return row;
  }

  /** The draft's message for the platform, with its file uploaded first when it has one. */
  private async platformMessage(
    target: { id: string; organisation: string; platformAccountId: string; credentials: string | null },
    draft: OutboundDraft,
  ): Promise<OutboundMessage> {
    if (!draft.fileId) return draft.message;
    const access = accountAccess(this.clients, target);
    if (!access) throw new ApiError(409, 'CHANNEL_ACCOUNT_OFF', 'the channel account has no credentials');
    return withMediaId(draft.message, await this.files.mediaId(target.organisation, draft.fileId, access));
  }

  private async flag(organisationId: string, conversationId: string, code: string, message: string) {
    const now = new Date();
    await this.database
      .sql()
      .updateTable('Conversation')
      .set({ attentionCode: code, attentionMessage: message, attentionAt: now, updatedAt: now })
      .where('id', '=', conversationId)
      .execute();
    await this.publisher.conversations(organisationId, [conversationId]);
  }

  private async clearAttention(organisationId: string, conversationId: string) {
    const cleared = await this.database
      .sql()
      .updateTable('Conversation')
      .set({ attentionCode: null, attentionMessage: null, attentionAt: null })
      .where('id', '=', conversationId)
      .where('attentionCode', 'is not', null)
      .executeTakeFirst();
    if (Number(cleared.numUpdatedRows) > 0)
      await this.publisher.conversations(organisationId, [conversationId]);
  }
}
