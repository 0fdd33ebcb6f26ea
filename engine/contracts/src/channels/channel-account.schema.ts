import { z } from 'zod';
import { isoDateTime, personRefSchema } from '../common.schema.js';

export const channelIds = ['whatsapp', 'telegram'] as const;
export const channelIdSchema = z.enum(channelIds);
export type ChannelId = z.infer<typeof channelIdSchema>;

export const channelAccountNameSchema = z.string().trim().min(1).max(80);

const base = {
  id: z.uuid(),
  name: z.string(),
  /** The admin-only switch: while false, webhooks are stored and nothing is sent or automated. */
  enabled: z.boolean(),
  /** False once disconnected: its conversations stay readable, nothing more arrives. */
  connected: z.boolean(),
  /** The platform's id of the account (WhatsApp: the phone number id; Telegram: the bot id). */
  platformAccountId: z.string(),
  connectedAt: isoDateTime,
  connectedBy: personRefSchema.nullable(),
  disabledAt: isoDateTime.nullable(),
  disabledBy: personRefSchema.nullable(),
  disconnectedAt: isoDateTime.nullable(),
};

export const whatsappAccountDetailsSchema = z.object({
  wabaId: z.string(),
  wabaName: z.string().nullable(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  displayPhoneNumber: z.string(),
  verifiedName: z.string().nullable(),
});

export const telegramAccountDetailsSchema = z.object({
  botId: z.string(),
  username: z.string().nullable(),
});

export const channelAccountSchema = z.discriminatedUnion('channel', [
  z.object({ ...base, channel: z.literal('whatsapp'), whatsapp: whatsappAccountDetailsSchema }),
  z.object({ ...base, channel: z.literal('telegram'), telegram: telegramAccountDetailsSchema }),
]);
export type ChannelAccount = z.infer<typeof channelAccountSchema>;

/** What a conversation shows of its channel account. */
export const channelAccountSummarySchema = z.object({
  id: z.uuid(),
  channel: channelIdSchema,
  name: z.string(),
  enabled: z.boolean(),
  connected: z.boolean(),
});
export type ChannelAccountSummary = z.infer<typeof channelAccountSummarySchema>;

export const updateChannelAccountRequest = z
  .object({ name: channelAccountNameSchema.optional(), enabled: z.boolean().optional() })
  .refine((body) => body.name !== undefined || body.enabled !== undefined, {
    message: 'give a name or enabled',
    path: ['name'],
  });
export type UpdateChannelAccountRequest = z.infer<typeof updateChannelAccountRequest>;

export const connectTelegramRequest = z.object({
  botToken: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]{30,}$/, 'must be a bot token as BotFather gives it (<bot id>:<secret>)'),
  name: channelAccountNameSchema.optional(),
});
export type ConnectTelegramRequest = z.infer<typeof connectTelegramRequest>;
