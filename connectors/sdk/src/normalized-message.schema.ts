import { z } from 'zod';
import { mediaKinds } from './normalized-event.schema.js';

const interactiveFrame = {
  body: z.string().min(1),
  header: z.string().min(1).optional(),
  footer: z.string().min(1).optional(),
};

export const templateParameterSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string(), name: z.string().optional() }),
  z.object({
    type: z.literal('currency'),
    fallback: z.string(),
    code: z.string().length(3),
    amount1000: z.number().int(),
  }),
  z.object({ type: z.literal('date_time'), fallback: z.string() }),
  z.object({
    type: z.enum(['image', 'video', 'document']),
    link: z.url().optional(),
    mediaId: z.string().optional(),
  }),
  z.object({ type: z.literal('payload'), payload: z.string() }),
]);

/** Reply buttons, a list and a CTA URL button: the interactive messages Parley sends. */
export const replyButtonsMessageSchema = z.object({
  type: z.literal('reply_buttons'),
  ...interactiveFrame,
  buttons: z.array(z.object({ id: z.string().min(1), title: z.string().min(1) })).min(1),
});
export const listMessageSchema = z.object({
  type: z.literal('list'),
  ...interactiveFrame,
  buttonLabel: z.string().min(1),
  sections: z
    .array(
      z.object({
        title: z.string().optional(),
        rows: z
          .array(
            z.object({
              id: z.string().min(1),
              title: z.string().min(1),
              description: z.string().optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export const ctaUrlMessageSchema = z.object({
  type: z.literal('cta_url'),
  ...interactiveFrame,
  displayText: z.string().min(1),
  url: z.url(),
});

/** A message Parley sends, independent of the channel. Limits are checked against the connector's capabilities. */
export const outboundMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1), previewUrl: z.boolean().optional() }),
  z.object({
    type: z.enum(mediaKinds),
    /** Either a public link or a media id uploaded to the platform beforehand. */
    link: z.url().optional(),
    mediaId: z.string().min(1).optional(),
    caption: z.string().optional(),
    filename: z.string().optional(),
  }),
  z.object({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().optional(),
    address: z.string().optional(),
  }),
  replyButtonsMessageSchema,
  listMessageSchema,
  ctaUrlMessageSchema,
  z.object({
    type: z.literal('call_button'),
    ...interactiveFrame,
    displayText: z.string().min(1),
    phoneNumber: z.string().min(3),
  }),
  z.object({
    type: z.literal('template'),
    name: z.string().min(1),
    language: z.string().min(2),
    header: z.array(templateParameterSchema).optional(),
    body: z.array(templateParameterSchema).optional(),
    buttons: z
      .array(
        z.object({
          subType: z.enum(['quick_reply', 'url', 'copy_code']),
          index: z.number().int().min(0).max(9),
          parameters: z.array(templateParameterSchema),
        }),
      )
      .optional(),
  }),
  z.object({ type: z.literal('reaction'), messageId: z.string().min(1), emoji: z.string() }),
]);
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;
export type OutboundMessageType = OutboundMessage['type'];

export const sendRequestSchema = z
  .object({
    /** The business's account on the channel (WhatsApp: the phone number id; Telegram: the bot id). */
    channelAccountId: z.string().min(1),
    /** The recipient as the channel identifies them (WhatsApp: the wa_id; Telegram: the chat id). */
    to: z.string().min(1).optional(),
    /**
     * The recipient's business-scoped user id, for a customer known without a platform id
     * (WhatsApp: the BSUID, sent as `recipient`). When both are given, `to` wins.
     */
    toUserId: z.string().min(1).optional(),
    message: outboundMessageSchema,
    /** The platform id of the message this one replies to. */
    replyTo: z.string().optional(),
    /** Stable across retries of the same logical send; connectors pass it on where the platform allows. */
    idempotencyKey: z.string().min(1).max(200),
  })
  .refine((request) => request.to !== undefined || request.toUserId !== undefined, {
    message: 'a send needs a recipient: to or toUserId',
    path: ['to'],
  });
export type SendRequest = z.infer<typeof sendRequestSchema>;

export interface SendResult {
  /** The platform's id for the accepted message (WhatsApp: a wamid). */
  platformMessageId: string;
  /** The recipient's id as the platform reports it, when it differs from the one sent to. */
  recipientId?: string;
  /** The recipient's business-scoped user id, when the platform reports one. */
  recipientUserId?: string;
}
