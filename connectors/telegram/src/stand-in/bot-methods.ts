import {
  answerCallbackQuerySchema,
  chatActions,
  deleteWebhookSchema,
  getFileSchema,
  sendChatActionSchema,
  setMessageReactionSchema,
  setWebhookSchema,
} from './bot-api-params.schema.js';
import { badRequest, parseParams } from './bot-replies.js';
import { reactionEmoji } from './reaction-emoji.js';
import { recipient } from './send-methods.js';
import type { BotMethod } from './stand-in-context.js';

/** The Bot API methods other than sends: reactions, chat actions, callback answers, files, the bot and its webhook. */
export const botMethods: Record<string, BotMethod> = {
  setMessageReaction: (raw, context) => {
    const params = parseParams(setMessageReactionSchema, raw);
    const chat = recipient(context, params.chat_id);
    const stored = context.store.message(chat.chat.id, params.message_id);
    if (!stored) throw badRequest('MESSAGE_ID_INVALID');
    const reaction = params.reaction ?? [];
    if (reaction.length > 1) throw badRequest('REACTIONS_TOO_MANY');
    const emoji = reaction[0]?.emoji;
    if (emoji !== undefined && !reactionEmoji.has(emoji)) throw badRequest('REACTION_INVALID');
    if (emoji === undefined) delete stored.reactions.bot;
    else stored.reactions.bot = emoji;
    context.store.recordCall({
      method: 'setMessageReaction',
      chatId: stored.chatId,
      messageId: stored.messageId,
      params: raw,
    });
    return true;
  },

  answerCallbackQuery: (raw, context) => {
    const params = parseParams(answerCallbackQuerySchema, raw);
    const found = context.store.tap(params.callback_query_id);
    if (!found || found.tap.answered)
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    found.tap.answered = true;
    if (params.text !== undefined) found.tap.answerText = params.text;
    context.store.recordCall({ method: 'answerCallbackQuery', chatId: found.chatId, params: raw });
    return true;
  },

  sendChatAction: (raw, context) => {
    const params = parseParams(sendChatActionSchema, raw);
    if (!(chatActions as readonly string[]).includes(params.action))
      throw badRequest('wrong parameter action in request');
    const chat = recipient(context, params.chat_id);
    context.store.recordCall({ method: 'sendChatAction', chatId: chat.chat.id, params: raw });
    return true;
  },

  getFile: (raw, context) => {
    const file = context.store.files.get(parseParams(getFileSchema, raw).file_id);
    if (!file) throw badRequest('invalid file_id');
    return {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_size: file.size,
      file_path: file.filePath,
    };
  },

  getMe: (_raw, context) => ({
    ...context.bot,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  }),

  setWebhook: (raw, context) => {
    const params = parseParams(setWebhookSchema, raw);
    if (params.url !== '' && !URL.canParse(params.url)) throw badRequest('bad webhook: invalid URL');
    if (params.url !== '' && !/^https?:$/.test(new URL(params.url).protocol)) {
      throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    }
    // As in Telegram, allowed_updates not given keeps the previous setting; an empty list means all.
    if (params.allowed_updates)
      context.queue.allowedUpdates = params.allowed_updates.length > 0 ? params.allowed_updates : undefined;
    if (params.drop_pending_updates) context.queue.dropPending();
    context.queue.setWebhook(
      params.url === '' ? undefined : { url: params.url, secret: params.secret_token },
    );
    return true;
  },

  deleteWebhook: (raw, context) => {
    if (parseParams(deleteWebhookSchema, raw).drop_pending_updates) context.queue.dropPending();
    context.queue.setWebhook(undefined);
    return true;
  },

  getWebhookInfo: (_raw, { queue }) => ({
    url: queue.webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: queue.pendingCount,
    ...(queue.lastError
      ? {
          last_error_date: Math.floor(queue.lastError.date.getTime() / 1000),
          last_error_message: queue.lastError.message,
        }
      : {}),
    ...(queue.allowedUpdates ? { allowed_updates: queue.allowedUpdates } : {}),
  }),
};
