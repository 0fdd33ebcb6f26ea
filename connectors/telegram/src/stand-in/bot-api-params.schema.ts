import { z } from 'zod';
import { webhookSecretPattern } from '../config.schema.js';

/**
 * Bot API method parameters as the stand-in checks them. Like Telegram, values may come as JSON
 * or as strings (query string, form): objects as JSON text, numbers and booleans as text.
 * Unknown parameters are ignored.
 */
const json = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, schema);
const integer = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);
const decimal = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

/** A chat id, or a channel's @username (which the stand-in never knows). */
export const chatIdSchema = z.union([integer, z.string().min(1)]);

const inlineButtonSchema = z.union([
  z.object({ text: z.string().min(1), callback_data: z.string() }),
  z.object({
    text: z.string().min(1),
    url: z.string().regex(/^(https?|tg):\/\/\S+$/, 'must be an http(s) or tg:// URL'),
  }),
]);
export const inlineKeyboardSchema = z.object({
  inline_keyboard: z.array(z.array(inlineButtonSchema).min(1)),
});
export type InlineKeyboard = z.infer<typeof inlineKeyboardSchema>;

export const commonSendSchema = z.object({
  chat_id: chatIdSchema,
  reply_parameters: json(
    z.object({
      message_id: integer,
      chat_id: chatIdSchema.optional(),
      allow_sending_without_reply: bool.optional(),
    }),
  ).optional(),
  reply_markup: json(inlineKeyboardSchema).optional(),
});
export type CommonSendParams = z.infer<typeof commonSendSchema>;

/** sendPhoto and the like; the file parameter (photo, video, …) is read by name. */
export const sendMediaSchema = commonSendSchema.extend({ caption: z.string().optional() });

export const sendMessageSchema = commonSendSchema.extend({
  text: z.string(),
  parse_mode: z.enum(['HTML', 'Markdown', 'MarkdownV2']).optional(),
});

export const sendLocationSchema = commonSendSchema.extend({
  latitude: decimal.pipe(z.number().min(-90).max(90)),
  longitude: decimal.pipe(z.number().min(-180).max(180)),
});

export const sendVenueSchema = sendLocationSchema.extend({
  title: z.string().min(1),
  address: z.string().min(1),
});

export const setMessageReactionSchema = z.object({
  chat_id: chatIdSchema,
  message_id: integer,
  reaction: json(z.array(z.object({ type: z.literal('emoji'), emoji: z.string() }))).optional(),
  is_big: bool.optional(),
});

export const answerCallbackQuerySchema = z.object({
  callback_query_id: z.string().min(1),
  text: z.string().max(200).optional(),
  show_alert: bool.optional(),
});

/** The chat actions Telegram knows; another is "wrong parameter action in request". */
export const chatActions = [
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
] as const;

export const sendChatActionSchema = z.object({
  chat_id: chatIdSchema,
  action: z.string(),
  message_thread_id: integer.optional(),
});

export const getFileSchema = z.object({ file_id: z.string().min(1) });

export const setWebhookSchema = z.object({
  url: z.string(),
  secret_token: z
    .string()
    .regex(webhookSecretPattern, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  allowed_updates: json(z.array(z.string())).optional(),
  drop_pending_updates: bool.optional(),
});

export const deleteWebhookSchema = z.object({ drop_pending_updates: bool.optional() });
