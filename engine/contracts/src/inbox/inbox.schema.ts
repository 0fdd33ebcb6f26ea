import {
  ctaUrlMessageSchema,
  inboundContentSchema,
  listMessageSchema,
  referralSchema,
  replyButtonsMessageSchema,
} from '@parley/connector-sdk/schemas';
import { z } from 'zod';
import { creditAccountSchema, purchaseSchema } from '../credits/credits.schema.js';
import { isoDateTime, pageQuerySchema, personRefSchema } from '../common.schema.js';
import { templateCategorySchema } from '../templates/template-definition.schema.js';
import { templateSchema } from '../templates/template.schema.js';
import { conversationStatusSchema, slaBreachSchema } from '../routing/conversation-routing.schema.js';
import { conversationNoteSchema } from './contact-profile.schema.js';
import {
  channelAccountSchema,
  channelAccountSummarySchema,
  channelIdSchema,
} from '../channels/channel-account.schema.js';

/**
 * A customer on one channel account. WhatsApp knows them by phone (`platformId`, the wa_id), by a
 * business-scoped user id (`userId`), or both; a customer who hides their number behind a
 * username has only the user id. Telegram: `platformId` is the chat id.
 */
export const contactSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  platformId: z.string().nullable(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * The customer-service window: free-form replies are allowed until `expiresAt` (24 hours after the
 * customer's last message); afterwards only templates. `unlimited`: the channel has no window
 * (Telegram). Whether it is open is `unlimited || expiresAt > now`, so a list stays right without
 * being told when a window closes.
 */
export const conversationWindowSchema = z.object({
  unlimited: z.boolean(),
  expiresAt: isoDateTime.nullable(),
  /** A click-to-WhatsApp ad's free entry-point window: every message is free until then (72 hours). */
  entryPointExpiresAt: isoDateTime.nullable(),
});
export type ConversationWindow = z.infer<typeof conversationWindowSchema>;

/** Whether free-form messages may go now. */
export function windowOpen(window: ConversationWindow, now: Date = new Date()): boolean {
  return window.unlimited || (window.expiresAt !== null && Date.parse(window.expiresAt) > now.getTime());
}

/** Why automation stopped and a person should look (no usable fallback template, …). */
export const conversationAttentionSchema = z.object({
  code: z.string(),
  message: z.string(),
  at: isoDateTime,
});

export const conversationSchema = z.object({
  id: z.uuid(),
  channel: channelIdSchema,
  channelAccount: channelAccountSummarySchema,
  contact: contactSchema,
  lastMessageAt: isoDateTime,
  lastMessagePreview: z.string().nullable(),
  lastInboundAt: isoDateTime.nullable(),
  window: conversationWindowSchema,
  /** Customer messages no agent has opened yet. */
  unreadCount: z.number().int().min(0),
  /** Messages held until the customer answers (sent after a fallback template). */
  heldCount: z.number().int().min(0),
  attention: conversationAttentionSchema.nullable(),
  createdAt: isoDateTime,
  /*
   * Routing (docs/routing.md). Optional so that clients built before routing still read the
   * contract; the engine always sends them.
   */
  /** Open (queued or assigned), snoozed or closed. */
  status: conversationStatusSchema.optional(),
  /** The team it was routed or transferred to. */
  team: z.object({ id: z.uuid(), name: z.string() }).nullable().optional(),
  /** The agent who owns it; while set, no automation sends. */
  assignee: personRefSchema.nullable().optional(),
  /** When it joined its team's queue; its wait time is `now − queuedAt` while it has no agent. */
  queuedAt: isoDateTime.nullable().optional(),
  /** The first agent reply since it was (re)opened; null while unanswered. */
  firstResponseAt: isoDateTime.nullable().optional(),
  /** While snoozed: when it opens again. */
  snoozedUntil: isoDateTime.nullable().optional(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Ordered: a message's status only ever moves right, except to `failed`, which is final. */
export const messageStatuses = [
  'received',
  /** Waiting for the customer to answer a fallback template; sent once they do. */
  'held',
  'pending',
  'accepted',
  'sent',
  'delivered',
  'read',
  'failed',
] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const mediaStates = ['pending', 'stored', 'failed'] as const;

/** A template Parley sent, as the customer saw it. */
export const templateMessageContentSchema = z.object({
  type: z.literal('template'),
  templateId: z.uuid(),
  name: z.string(),
  language: z.string(),
  category: templateCategorySchema,
  header: z
    .discriminatedUnion('format', [
      z.object({ format: z.literal('TEXT'), text: z.string() }),
      z.object({
        format: z.enum(['IMAGE', 'VIDEO', 'DOCUMENT']),
        /** Same-origin URL of the header file. */
        url: z.string().nullable(),
        filename: z.string().nullable(),
      }),
    ])
    .nullable(),
  body: z.string(),
  footer: z.string().nullable(),
  buttons: z.array(
    z.object({
      type: z.enum(['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE']),
      text: z.string(),
      url: z.string().nullable(),
      phoneNumber: z.string().nullable(),
    }),
  ),
});
export type TemplateMessageContent = z.infer<typeof templateMessageContentSchema>;

/**
 * The content of a message: the channel SDK's normalized shape (a customer's message, or media
 * Parley sent, whose `mediaId` is then the library file's id), an interactive message Parley sent
 * (reply buttons, a list, a CTA URL button), or a template Parley sent.
 */
export const messageContentSchema = z.discriminatedUnion('type', [
  ...inboundContentSchema.options,
  replyButtonsMessageSchema,
  listMessageSchema,
  ctaUrlMessageSchema,
  templateMessageContentSchema,
]);
export type MessageContent = z.infer<typeof messageContentSchema>;

export const messageSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  direction: z.enum(['inbound', 'outbound']),
  /** The kind (`text`, `image`, …, `unsupported`). */
  type: z.string(),
  /** The readable text: the text itself, a caption, a tapped button's title…; null when there is none. */
  text: z.string().nullable(),
  content: messageContentSchema.nullable(),
  /** The media file a customer sent, once Parley has fetched it from the platform. */
  media: z
    .object({
      id: z.uuid(),
      state: z.enum(mediaStates),
      mimeType: z.string().nullable(),
      sizeBytes: z.number().nullable(),
      filename: z.string().nullable(),
      /** Same-origin download URL, set once stored. */
      url: z.string().nullable(),
    })
    .nullable(),
  status: z.enum(messageStatuses),
  platformMessageId: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** The message this one quotes (WhatsApp's `context`), as far as Parley has it. */
  replyTo: z
    .object({
      platformMessageId: z.string(),
      /** Null when the quoted message is not in Parley (sent before it was connected). */
      messageId: z.uuid().nullable(),
      direction: z.enum(['inbound', 'outbound']).nullable(),
      type: z.string().nullable(),
      text: z.string().nullable(),
    })
    .nullable(),
  /** The ad the customer came from (click-to-WhatsApp). */
  referral: referralSchema.nullable(),
  /** The agent who sent it; null for the customer's messages and automation. */
  sentBy: personRefSchema.nullable(),
  createdAt: isoDateTime,
  statusUpdatedAt: isoDateTime,
});
export type Message = z.infer<typeof messageSchema>;

/** Live changes on `GET /api/events` (Server-Sent Events; each `data` is one JSON event). */
export const inboxEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation.upserted'), conversation: conversationSchema }),
  z.object({ type: z.literal('message.upserted'), message: messageSchema }),
  /** An internal note in a conversation's thread (agents only; never sent to the customer). */
  z.object({ type: z.literal('conversation_note.created'), note: conversationNoteSchema }),
  /** An assignment missed its first-response deadline and was reassigned, escalated or queued. */
  z.object({ type: z.literal('conversation.sla_breached'), breach: slaBreachSchema }),
  z.object({ type: z.literal('channel_account.updated'), channelAccount: channelAccountSchema }),
  z.object({ type: z.literal('template.upserted'), template: templateSchema }),
  z.object({ type: z.literal('template.deleted'), templateId: z.uuid() }),
  /** The balance moved (every user: the composer shows prices against it). */
  z.object({ type: z.literal('credits.updated'), account: creditAccountSchema }),
  /** The balance fell below the low-balance threshold (shown to admins). */
  z.object({
    type: z.literal('credits.low_balance'),
    balance: z.number().int(),
    threshold: z.number().int(),
  }),
  z.object({ type: z.literal('credits.purchase_updated'), purchase: purchaseSchema }),
]);
export type InboxEvent = z.infer<typeof inboxEventSchema>;

/**
 * Which conversations the inbox lists: `mine` (assigned to the caller), `unassigned` (no agent),
 * `team` (a team's — `teamId`, or every team the caller is in), `queue` (a team's waiting
 * conversations, longest-waiting first), `all` (the organisation's).
 */
export const conversationViews = ['mine', 'unassigned', 'team', 'queue', 'all'] as const;
export const conversationViewSchema = z.enum(conversationViews);
export type ConversationView = z.infer<typeof conversationViewSchema>;

/**
 * `GET /api/conversations`: a page of a view, filtered. Every view but `queue` is ordered by the
 * last message, newest first; `queue` by `queuedAt`, oldest first. `status` defaults to `open` for
 * `mine`, `unassigned`, `team` and `queue` (the queue is only ever open), and to any for `all`.
 * `window`: whether free-form replies may go now.
 */
export const listConversationsQuery = pageQuerySchema(50, 200).extend({
  view: conversationViewSchema.default('all'),
  teamId: z.uuid('must be a team id').optional(),
  status: conversationStatusSchema.optional(),
  window: z.enum(['open', 'closed']).optional(),
  channel: channelIdSchema.optional(),
  tag: z.string().trim().min(1).max(64).optional(),
});
export type ListConversationsQuery = z.input<typeof listConversationsQuery>;

/** `GET /api/conversations/counts`: how many open conversations each view holds for the caller. */
export const conversationCountsSchema = z.object({
  mine: z.number().int().min(0),
  unassigned: z.number().int().min(0),
  /** Open conversations of the caller's teams. */
  team: z.number().int().min(0),
  /** Waiting conversations (no agent) of the caller's teams. */
  queue: z.number().int().min(0),
  all: z.number().int().min(0),
});
export type ConversationCounts = z.infer<typeof conversationCountsSchema>;
export const listMessagesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Pages back to older messages. */
  before: z.string().min(1).max(500).optional(),
});
