import { z } from 'zod';

/**
 * Telegram's Update as Parley reads it: only the fields Parley uses are checked, unknown fields
 * are allowed everywhere (Telegram adds some with every Bot API version), and update kinds other
 * than `message`, `callback_query` and `message_reaction` pass unchecked (they yield no events).
 */
const maxUnixSeconds = 8_640_000_000_000; // the last second a JavaScript Date can hold
const unixDateSchema = z.number().int().nonnegative().max(maxUnixSeconds);

export const userSchema = z.object({
  id: z.number().int(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
export type TelegramUser = z.infer<typeof userSchema>;

export const chatSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  title: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
export type TelegramChat = z.infer<typeof chatSchema>;

const fileSchema = z.object({ file_id: z.string().min(1) });
const namedFileSchema = fileSchema.extend({
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
});
export type TelegramFile = z.infer<typeof namedFileSchema>;
const locationSchema = z.object({ latitude: z.number(), longitude: z.number() });

export const inlineKeyboardSchema = z.object({
  inline_keyboard: z.array(
    z.array(z.looseObject({ text: z.string(), callback_data: z.string().optional() })),
  ),
});

/** The message a message replies to, or that carried the tapped button: only where it is. */
const messageRefSchema = z.looseObject({ message_id: z.number().int(), chat: chatSchema });

export const messageSchema = z.looseObject({
  message_id: z.number().int(),
  from: userSchema.optional(),
  date: unixDateSchema,
  chat: chatSchema,
  reply_to_message: messageRefSchema.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z
    .array(fileSchema.extend({ width: z.number(), height: z.number() }))
    .min(1)
    .optional(),
  animation: namedFileSchema.optional(),
  video: namedFileSchema.optional(),
  video_note: fileSchema.optional(),
  audio: namedFileSchema.optional(),
  voice: namedFileSchema.optional(),
  document: namedFileSchema.optional(),
  sticker: fileSchema
    .extend({ is_animated: z.boolean().optional(), is_video: z.boolean().optional() })
    .optional(),
  location: locationSchema.optional(),
  venue: z.object({ location: locationSchema, title: z.string(), address: z.string() }).optional(),
  contact: z
    .object({ phone_number: z.string(), first_name: z.string(), last_name: z.string().optional() })
    .optional(),
});
export type TelegramMessage = z.infer<typeof messageSchema>;

export const callbackQuerySchema = z.object({
  id: z.string().min(1),
  from: userSchema,
  /** Absent for buttons on inline-mode messages; `date` 0 when the message is no longer accessible. */
  message: messageRefSchema.extend({ reply_markup: inlineKeyboardSchema.optional() }).optional(),
  data: z.string().optional(),
});
export type CallbackQuery = z.infer<typeof callbackQuerySchema>;

const reactionTypeSchema = z.looseObject({ type: z.string(), emoji: z.string().optional() });
export type ReactionType = z.infer<typeof reactionTypeSchema>;

export const messageReactionSchema = z.object({
  chat: chatSchema,
  message_id: z.number().int(),
  user: userSchema.optional(),
  date: unixDateSchema,
  old_reaction: z.array(reactionTypeSchema),
  new_reaction: z.array(reactionTypeSchema),
});
export type MessageReaction = z.infer<typeof messageReactionSchema>;

export const updateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: messageSchema.optional(),
  callback_query: callbackQuerySchema.optional(),
  message_reaction: messageReactionSchema.optional(),
});
export type TelegramUpdate = z.infer<typeof updateSchema>;
