import type { z } from 'zod';
import {
  sendLocationSchema,
  sendMediaSchema,
  sendMessageSchema,
  sendVenueSchema,
  type CommonSendParams,
} from './bot-api-params.schema.js';
import { badRequest, forbidden, parseParams } from './bot-replies.js';
import type { BotMethod, StandInContext } from './stand-in-context.js';
import type { StoredFile } from './file.store.js';
import type { ChatState, TelegramObject } from './stand-in.store.js';

/** A send method: checks the chat, keyboard and reply, then stores what the chat receives. */
function sendMethod<P extends CommonSendParams>(
  method: string,
  schema: z.ZodType<P>,
  content: (params: P, raw: Record<string, unknown>, context: StandInContext) => TelegramObject,
): BotMethod {
  return (raw, context) => {
    const params = parseParams(schema, raw);
    const chat = recipient(context, params.chat_id);
    for (const button of params.reply_markup?.inline_keyboard.flat() ?? []) {
      const bytes = 'callback_data' in button ? Buffer.byteLength(button.callback_data) : 1;
      if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
    }
    const fields = { ...repliedMessage(context, chat, params), ...content(params, raw, context) };
    if (params.reply_markup) fields.reply_markup = params.reply_markup;
    const stored = context.store.addMessage(chat, 'outbound', context.bot, fields);
    context.store.recordCall({ method, chatId: stored.chatId, messageId: stored.messageId, params: raw });
    return stored.message;
  };
}

/** The chat a method acts in: one the customer started, and has not blocked the bot in. */
export function recipient(context: StandInContext, chatId: number | string): ChatState {
  const chat = typeof chatId === 'number' ? context.store.chat(chatId) : undefined;
  if (!chat) throw badRequest('chat not found');
  if (chat.blocked) throw forbidden('bot was blocked by the user');
  return chat;
}

function repliedMessage(context: StandInContext, chat: ChatState, params: CommonSendParams): TelegramObject {
  const reply = params.reply_parameters;
  if (!reply) return {};
  const chatId = reply.chat_id ?? chat.chat.id;
  const original = typeof chatId === 'number' ? context.store.message(chatId, reply.message_id) : undefined;
  if (original) return { reply_to_message: original.message };
  if (reply.allow_sending_without_reply) return {};
  throw badRequest('message to be replied not found');
}

function textContent(params: z.infer<typeof sendMessageSchema>): TelegramObject {
  if (params.text.trim() === '') throw badRequest('message text is empty');
  if ([...params.text].length > 4096) throw badRequest('message is too long');
  return { text: params.text };
}

type FileShape = (file: StoredFile, source: string) => unknown;
const ids = (file: StoredFile) => ({
  file_id: file.fileId,
  file_unique_id: file.fileUniqueId,
  file_size: file.size,
});
const media: Record<string, { field: string; folder: string; extension: string; shape: FileShape }> = {
  sendPhoto: {
    field: 'photo',
    folder: 'photos',
    extension: 'jpg',
    shape: (f) => [{ ...ids(f), width: 1280, height: 960 }],
  },
  sendVideo: {
    field: 'video',
    folder: 'videos',
    extension: 'mp4',
    shape: (f) => ({ ...ids(f), width: 1280, height: 720, duration: 1, mime_type: 'video/mp4' }),
  },
  sendAudio: {
    field: 'audio',
    folder: 'music',
    extension: 'mp3',
    shape: (f) => ({ ...ids(f), duration: 1, mime_type: 'audio/mpeg' }),
  },
  sendDocument: {
    field: 'document',
    folder: 'documents',
    extension: 'pdf',
    shape: (f, source) => ({ ...ids(f), file_name: source.split('/').at(-1)?.split('?')[0] || 'document' }),
  },
  sendSticker: {
    field: 'sticker',
    folder: 'stickers',
    extension: 'webp',
    shape: (f) => ({
      ...ids(f),
      type: 'regular',
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
    }),
  },
};

/** A file by URL (recorded, not fetched) or by a file_id the stand-in gave out. */
function mediaContent(method: string) {
  const { field, folder, extension, shape } = media[method] as (typeof media)[string];
  return (
    params: z.infer<typeof sendMediaSchema>,
    raw: Record<string, unknown>,
    context: StandInContext,
  ): TelegramObject => {
    const source = raw[field];
    if (typeof source !== 'string' || source === '') throw badRequest(`there is no ${field} in the request`);
    const file = /^https?:\/\/\S+$/.test(source)
      ? context.store.files.add(folder, extension)
      : context.store.files.get(source);
    if (!file) throw badRequest('wrong file identifier/HTTP URL specified');
    const caption = method === 'sendSticker' ? undefined : params.caption;
    if (caption !== undefined && [...caption].length > 1024) throw badRequest('message caption is too long');
    return { [field]: shape(file, source), ...(caption ? { caption } : {}) };
  };
}

export const sendMethods: Record<string, BotMethod> = {
  sendMessage: sendMethod('sendMessage', sendMessageSchema, textContent),
  ...Object.fromEntries(
    Object.keys(media).map((method) => [method, sendMethod(method, sendMediaSchema, mediaContent(method))]),
  ),
  sendLocation: sendMethod('sendLocation', sendLocationSchema, ({ latitude, longitude }) => ({
    location: { latitude, longitude },
  })),
  sendVenue: sendMethod('sendVenue', sendVenueSchema, ({ latitude, longitude, title, address }) => ({
    location: { latitude, longitude },
    venue: { location: { latitude, longitude }, title, address },
  })),
};
