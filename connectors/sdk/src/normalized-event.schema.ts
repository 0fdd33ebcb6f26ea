import { z } from 'zod';

/**
 * A person as the platform identifies them. `id` is the address the platform gives when it gives
 * one (WhatsApp: the wa_id, the phone number's digits; Telegram: the chat id); `userId` is a
 * business-scoped user id (WhatsApp's BSUID), which stands alone for a customer who hides their
 * phone number behind a username. At least one of the two is present.
 */
export const contactSchema = z
  .object({
    id: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    /** An id spanning linked business portfolios (WhatsApp's parent BSUID). */
    parentUserId: z.string().min(1).optional(),
    username: z.string().min(1).optional(),
    name: z.string().optional(),
  })
  .refine((contact) => contact.id !== undefined || contact.userId !== undefined, {
    message: 'a contact needs an id or a user id',
    path: ['id'],
  });
export type Contact = z.infer<typeof contactSchema>;

/** How a contact is addressed: by the platform's id, by a business-scoped user id, or both. */
const contactAddressSchema = z.object({
  id: z.string().min(1).optional(),
  userId: z.string().min(1).optional(),
});
export type ContactAddress = z.infer<typeof contactAddressSchema>;

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
    /** The recipient's platform id; absent for a customer known only by a business-scoped user id. */
    recipientId: z.string().min(1).optional(),
    recipientUserId: z.string().min(1).optional(),
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
  /**
   * The platform says a person's identity changed (WhatsApp: a new phone number, or a new
   * business-scoped user id). `previous` names the contact as Parley knows them, `current` the
   * identity to use from now on; nothing else is implied.
   */
  z.object({
    kind: z.literal('contact_identity'),
    ...base,
    change: z.enum(['id', 'user_id']),
    previous: contactAddressSchema,
    current: contactAddressSchema,
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
export type ContactIdentityEvent = Extract<InboundEvent, { kind: 'contact_identity' }>;
