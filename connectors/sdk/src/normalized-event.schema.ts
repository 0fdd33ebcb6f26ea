import { z } from 'zod';

/** A contact as the platform identifies them (WhatsApp: the wa_id; Telegram: the chat id). */
export const contactSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const mediaKinds = ['image', 'video', 'audio', 'document', 'sticker'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** Media a customer sent; `mediaId` is fetched through the connector's `downloadMedia`. */
export const inboundMediaSchema = z.object({
  type: z.enum(mediaKinds),
  mediaId: z.string().min(1),
  mimeType: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
});

export const sharedContactSchema = z.object({
  name: z.string(),
  phones: z
    .array(z.object({ phone: z.string(), waId: z.string().optional(), type: z.string().optional() }))
    .default([]),
  emails: z.array(z.string()).default([]),
  organization: z.string().optional(),
});

/** The content of a message a customer sent, independent of the channel. */
export const inboundContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  inboundMediaSchema,
  z.object({
    type: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
    url: z.string().optional(),
  }),
  z.object({ type: z.literal('contacts'), contacts: z.array(sharedContactSchema).min(1) }),
  /** A tap on a reply button or a list row Parley sent. */
  z.object({
    type: z.literal('interactive_reply'),
    source: z.enum(['button', 'list']),
    replyId: z.string(),
    title: z.string(),
    description: z.string().optional(),
  }),
  /** A tap on a template's quick-reply button. */
  z.object({ type: z.literal('template_reply'), payload: z.string(), text: z.string() }),
  /** A reaction to a message; an empty emoji removes it. */
  z.object({ type: z.literal('reaction'), messageId: z.string(), emoji: z.string() }),
  z.object({
    type: z.literal('unsupported'),
    /** The platform's own name for the message type Parley does not handle. */
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

/** Where a conversation came from when it started from an ad (WhatsApp: click-to-WhatsApp). */
export const referralSchema = z.object({
  sourceUrl: z.string().optional(),
  sourceType: z.string().optional(),
  sourceId: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  clickId: z.string().optional(),
});

export const deliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const templateEvents = [
  'APPROVED',
  'REJECTED',
  'PENDING',
  'PAUSED',
  'DISABLED',
  'FLAGGED',
  'IN_APPEAL',
  'REINSTATED',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'LIMIT_EXCEEDED',
] as const;

const base = {
  /** Derived from the platform's ids only: the same delivery parsed twice yields the same ids. */
  eventId: z.string().min(1),
  /** The business's account on the channel (WhatsApp: phone number id or WABA id; Telegram: bot id). */
  channelAccountId: z.string().min(1),
  occurredAt: z.iso.datetime(),
};

/** Normalized events parsed from a channel's webhook. */
export const inboundEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    ...base,
    contact: contactSchema,
    platformMessageId: z.string().min(1),
    content: inboundContentSchema,
    /** The platform id of the message this one answers or quotes. */
    replyTo: z.string().optional(),
    referral: referralSchema.optional(),
    /** A token the platform waits to see answered (Telegram: a callback query id); see `acknowledgeInteraction`. */
    interactionId: z.string().optional(),
  }),
  z.object({
    kind: z.literal('status'),
    ...base,
    recipientId: z.string().min(1),
    platformMessageId: z.string().min(1),
    status: z.enum(deliveryStatuses),
    errors: z.array(platformErrorSchema).default([]),
    conversation: z
      .object({ id: z.string(), originType: z.string().optional(), expiresAt: z.iso.datetime().optional() })
      .optional(),
    pricing: z
      .object({
        billable: z.boolean(),
        pricingModel: z.string(),
        category: z.string(),
        type: z.string().optional(),
      })
      .optional(),
  }),
  z.object({
    kind: z.literal('template_status'),
    ...base,
    templateId: z.string(),
    templateName: z.string(),
    language: z.string(),
    event: z.enum(templateEvents),
    reason: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('template_category'),
    ...base,
    templateId: z.string(),
    templateName: z.string(),
    language: z.string().optional(),
    previousCategory: z.string().optional(),
    newCategory: z.string(),
    /** Whether Meta announces a coming change or reports one made. */
    phase: z.enum(['announced', 'changed']),
  }),
  z.object({
    kind: z.literal('platform_error'),
    ...base,
    errors: z.array(platformErrorSchema).min(1),
  }),
]);
export type InboundEvent = z.infer<typeof inboundEventSchema>;
export type MessageEvent = Extract<InboundEvent, { kind: 'message' }>;
export type StatusEvent = Extract<InboundEvent, { kind: 'status' }>;
export type TemplateStatusEvent = Extract<InboundEvent, { kind: 'template_status' }>;
