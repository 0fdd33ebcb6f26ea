import { Injectable } from '@nestjs/common';
import type { Message, SendMessage, WindowClosedError as WindowClosedBody } from '@parley/contracts';
import { type OutboundDraft, type SendMessageResult, agentMessageKey } from '@parley/workflows';
import type { Caller } from '../auth/caller.js';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import { channelIdOf, channels } from '../channels/connectors.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { toMessageDtos } from '../inbox/inbox.dto.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import { composedDraft } from './compose/composed-draft.js';
import { AgentMessageCredits } from './agent-message-credits.js';
import { ConversationWorkflows, WindowClosedError } from './conversation-workflows.service.js';

const accountOff = () =>
  new ApiError(
    409,
    'CHANNEL_ACCOUNT_OFF',
    'the conversation’s channel account is turned off or disconnected',
  );

/**
 * An agent's message into a conversation, through the conversation workflow's `sendMessage`
 * update: answered with the stored message (sent, failed with the platform's reason, or held
 * until the customer answers a fallback template), or refused — WINDOW_CLOSED with the templates
 * that may go instead, content over the channel's limits, no usable fallback template, or
 * INSUFFICIENT_CREDITS. A paid message's credits are reserved before the update (the workflow's
 * validator cannot read the organisation's shared balance) and given back when it is refused.
 */
@Injectable()
export class SendMessageUseCase {
  constructor(
    private readonly database: Database,
    private readonly workflows: ConversationWorkflows,
    private readonly drafts: TemplateDrafts,
    private readonly files: LibraryFiles,
    private readonly replies: AutomaticRepliesStore,
    private readonly credits: AgentMessageCredits,
  ) {}

  async execute(caller: Caller, conversationId: string, input: SendMessage): Promise<Message> {
    const sql = this.database.sql();
    const row = await sql
      .selectFrom('Conversation')
      .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
      .select([
        'Conversation.id',
        'Conversation.channel',
        'Conversation.channelAccount',
        'Conversation.contact',
        'Conversation.windowExpiresAt',
        'Conversation.entryPointExpiresAt',
        'ChannelAccount.enabled',
        'ChannelAccount.disconnectedAt',
      ])
      .where('Conversation.id', '=', conversationId)
      .where('Conversation.organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    if (!row.enabled || row.disconnectedAt !== null) throw accountOff();
    const channel = channelIdOf(row.channel);
    const { manifest } = channels[channel].connector;
    const draft = await this.draft(caller, conversationId, channel, input);
    const key = agentMessageKey(conversationId, input.clientId);
    const windowOpen =
      manifest.capabilities.customerServiceWindowHours === null ||
      (row.windowExpiresAt !== null && new Date(row.windowExpiresAt).getTime() > Date.now());
    // What goes now: the draft, or — the window closed — the fallback template that holds it.
    const direct = draft.message.type === 'template' || windowOpen;
    const reserved = await this.credits.reserve(conversationId, key, {
      draft: direct ? draft : undefined,
      fallback: !direct && input.holdIfClosed ? () => this.fallback(caller, conversationId, row) : undefined,
    });

    let result: SendMessageResult;
    try {
      result = await this.workflows.send(
        {
          id: conversationId,
          channel,
          channelAccountId: row.channelAccount,
          contactId: row.contact,
          windowExpiresAt: row.windowExpiresAt ? new Date(row.windowExpiresAt) : null,
          entryPointExpiresAt: row.entryPointExpiresAt ? new Date(row.entryPointExpiresAt) : null,
        },
        {
          requestId: input.clientId,
          draft,
          capabilities: manifest.capabilities,
          channelName: manifest.displayName,
          senderUserId: caller.userId,
          holdIfClosed: input.holdIfClosed,
        },
      );
    } catch (error) {
      // Refused for good: nothing was sent. Any other failure may have sent (a retry resends once).
      if (error instanceof WindowClosedError)
        await this.credits.release(caller.organisationId, reserved, 'WINDOW_CLOSED');
      else if (error instanceof ApiError && error.getStatus() < 500)
        await this.credits.release(caller.organisationId, reserved, error.code);
      if (error instanceof WindowClosedError)
        throw await this.windowClosed(caller, conversationId, row, error);
      throw error;
    }
    await this.credits.releaseUnsent(caller.organisationId, key, reserved, result);
    if (result.outcome === 'account_off') throw accountOff();
    // Only automation is handed off; an agent's message always has its sender.
    if (result.outcome === 'handed_off') throw new Error('an agent’s message was handed off');
    if (result.outcome === 'no_fallback') throw new ApiError(409, 'NO_FALLBACK_TEMPLATE', result.reason);
    const stored = await sql.selectFrom('Message').selectAll().where('id', '=', result.messageId).execute();
    return (await toMessageDtos(sql, stored))[0]!;
  }

  private async draft(
    caller: Caller,
    conversationId: string,
    channel: 'whatsapp' | 'telegram',
    input: SendMessage,
  ): Promise<OutboundDraft> {
    const { message } = input;
    let draft: OutboundDraft;
    if (message.type === 'template') {
      if (!channels[channel].connector.manifest.capabilities.templates)
        throw new ApiError(400, 'INVALID_INPUT', 'message.type: this channel has no templates', [
          { path: 'message.type', message: 'this channel has no templates' },
        ]);
      draft = await this.drafts.draft(caller.organisationId, conversationId, message);
    } else if (message.type === 'media') {
      if (channel !== 'whatsapp')
        throw new ApiError(400, 'INVALID_INPUT', 'message.type: files can be sent on WhatsApp only', [
          { path: 'message.type', message: 'files can be sent on WhatsApp only' },
        ]);
      draft = composedDraft(message, await this.files.get(caller.organisationId, message.fileId));
    } else draft = composedDraft(message);
    if (input.replyToMessageId) {
      const quoted = await this.database
        .sql()
        .selectFrom('Message')
        .select('platformMessageId')
        .where('id', '=', input.replyToMessageId)
        .where('conversation', '=', conversationId)
        .executeTakeFirst();
      if (!quoted?.platformMessageId)
        throw new ApiError(400, 'INVALID_INPUT', 'replyToMessageId: no such message in this conversation', [
          { path: 'replyToMessageId', message: 'no such message in this conversation' },
        ]);
      draft.replyTo = quoted.platformMessageId;
    }
    return draft;
  }

  /** The account's fallback template as a draft for this contact, or undefined when it cannot go. */
  private async fallback(caller: Caller, conversationId: string, row: { channelAccount: string }) {
    const fallback = (await this.replies.get(row.channelAccount)).fallbackTemplate;
    if (!fallback) return undefined;
    try {
      return await this.drafts.draft(caller.organisationId, conversationId, fallback);
    } catch (error) {
      if (error instanceof ApiError) return undefined; // the workflow answers NO_FALLBACK_TEMPLATE
      throw error;
    }
  }

  /** The 409 of a closed window, with the templates this contact may be sent instead. */
  private async windowClosed(
    caller: Caller,
    conversationId: string,
    row: { channelAccount: string },
    error: WindowClosedError,
  ): Promise<ApiError> {
    const usable = (await this.drafts.usable(caller.organisationId, conversationId)).filter(
      (template) => template.unusableReason === null,
    );
    const fallbackId = (await this.replies.get(row.channelAccount)).fallbackTemplate?.templateId;
    const fallback = usable.find((template) => template.id === fallbackId);
    const body: Omit<WindowClosedBody, 'code' | 'message'> = {
      templates: usable.map((template) => ({
        id: template.id,
        name: template.name,
        language: template.language,
        category: template.content!.category,
      })),
      fallbackTemplate: fallback
        ? { id: fallback.id, name: fallback.name, language: fallback.language }
        : null,
    };
    return new ApiError(409, 'WINDOW_CLOSED', error.message, undefined, body);
  }
}
