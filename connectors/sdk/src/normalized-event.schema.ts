import { z } from 'zod';

/** A contact as the platform identifies it (WhatsApp: the wa_id, a phone number without "+"). */
export const contactSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** The content of a message a customer sent, independent of the channel. */
export const inboundContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('unsupported'),
    /** The platform's own name for the message type Parley does not handle yet. */
    platformType: z.string(),
  }),
]);
export type InboundContent = z.infer<typeof inboundContentSchema>;

export const platformErrorSchema = z.object({
  code: z.string(),
  title: z.string().optional(),
  message: z.string().optional(),
});
export type PlatformError = z.infer<typeof platformErrorSchema>;

export const deliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * Normalized events parsed from a channel's webhook. `eventId` is derived from the platform's own
 * ids only, so the same delivery parsed twice yields the same ids (deduplication relies on it).
 */
export const inboundEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    eventId: z.string().min(1),
    channelAccountId: z.string().min(1),
    contact: contactSchema,
    platformMessageId: z.string().min(1),
    occurredAt: z.iso.datetime(),
    content: inboundContentSchema,
  }),
  z.object({
    kind: z.literal('status'),
    eventId: z.string().min(1),
    channelAccountId: z.string().min(1),
    recipientId: z.string().min(1),
    platformMessageId: z.string().min(1),
    status: z.enum(deliveryStatuses),
    occurredAt: z.iso.datetime(),
    errors: z.array(platformErrorSchema).default([]),
  }),
]);
export type InboundEvent = z.infer<typeof inboundEventSchema>;
export type MessageEvent = Extract<InboundEvent, { kind: 'message' }>;
export type StatusEvent = Extract<InboundEvent, { kind: 'status' }>;
