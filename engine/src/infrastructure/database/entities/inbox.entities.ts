import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import {
  conversationEventKinds,
  conversationStatuses,
  mediaStates,
  messageStatuses,
} from '@parley/contracts';
import { ChannelAccount, Contact } from './channel.entities.js';
import { Organisation, User } from './people.entities.js';
import { Team } from './routing.entities.js';

/** One thread with one contact on one channel account. */
export const Conversation = defineEntity({
  name: 'Conversation',
  tableName: 'conversations',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    channel: p.string().length(32),
    channelAccount: () => p.manyToOne(ChannelAccount),
    contact: () => p.manyToOne(Contact),
    lastMessageAt: p.datetime(),
    lastMessagePreview: p.string().length(200).nullable(),
    lastInboundAt: p.datetime().nullable(),
    /** When free-form replies stop being allowed; null when the channel has no window (Telegram). */
    windowExpiresAt: p.datetime().nullable(),
    /** The end of the 72-hour free entry-point window a click-to-WhatsApp ad opened. */
    entryPointExpiresAt: p.datetime().nullable(),
    /** Why automation stopped and a person should look (e.g. NO_FALLBACK_TEMPLATE); cleared by a reply. */
    attentionCode: p.string().length(64).nullable(),
    attentionMessage: p.text().nullable(),
    attentionAt: p.datetime().nullable(),
    /** The team it was routed or transferred to; null when no rule routed it. */
    team: () => p.manyToOne(Team).nullable().deleteRule('set null'),
    /** The agent who owns it; while set, no automation sends. */
    assignedUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    status: p.enum(conversationStatuses).default('open'),
    /** When it joined its team's queue; kept when it returns there, so it keeps its place. */
    queuedAt: p.datetime().nullable(),
    /** The flow run automating this conversation (docs/flows.md); null when none runs. No foreign key: runs name their conversation. */
    activeFlowRun: p.uuid().nullable(),
    assignedAt: p.datetime().nullable(),
    /** The first agent reply since it was (re)opened; null while unanswered. */
    firstResponseAt: p.datetime().nullable(),
    snoozedUntil: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'contact'] }],
  indexes: [
    { properties: ['organisation', 'lastMessageAt'] },
    // The queue: a team's conversations by how long they have waited.
    { properties: ['team', 'queuedAt'] },
    // An agent's open list.
    { properties: ['assignedUser', 'status'] },
    // Snoozed conversations whose time has come.
    { properties: ['status', 'snoozedUntil'] },
    // The inbox's filters, each in its keyset order (last message first): docs/routing.md.
    {
      name: 'conversations_inbox_status_index',
      properties: ['organisation', 'status', 'lastMessageAt', 'id'],
    },
    { name: 'conversations_inbox_mine_index', properties: ['assignedUser', 'status', 'lastMessageAt', 'id'] },
    { name: 'conversations_inbox_team_index', properties: ['team', 'status', 'lastMessageAt', 'id'] },
    {
      name: 'conversations_inbox_unassigned_index',
      properties: ['organisation', 'status', 'assignedUser', 'lastMessageAt', 'id'],
    },
    {
      name: 'conversations_inbox_channel_index',
      properties: ['organisation', 'channel', 'lastMessageAt', 'id'],
    },
    // The queue view and its count: a team's waiting conversations, covering, in queue order.
    {
      name: 'conversations_inbox_queue_index',
      properties: ['team', 'status', 'assignedUser', 'queuedAt', 'id'],
    },
    { name: 'conversations_inbox_window_index', properties: ['organisation', 'windowExpiresAt'] },
    { properties: ['contact'] },
  ],
});
export type Conversation = InferEntity<typeof Conversation>;

/**
 * A change of a conversation's ownership — assigned, queued, transferred (with the note), closed,
 * reopened, snoozed, returned to the queue, an SLA breach — for its thread and its history.
 */
export const ConversationEvent = defineEntity({
  name: 'ConversationEvent',
  tableName: 'conversation_events',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    conversation: () => p.manyToOne(Conversation),
    kind: p.enum(conversationEventKinds),
    /** Who did it; null for routing itself. */
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    fromUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    toUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    fromTeam: () => p.manyToOne(Team).nullable().deleteRule('set null'),
    toTeam: () => p.manyToOne(Team).nullable().deleteRule('set null'),
    note: p.text().nullable(),
    at: p.datetime(),
  },
  indexes: [{ properties: ['conversation', 'at'] }],
});
export type ConversationEvent = InferEntity<typeof ConversationEvent>;

/** An internal note in a conversation's thread: agents see it, the customer never does. */
export const ConversationNote = defineEntity({
  name: 'ConversationNote',
  tableName: 'conversation_notes',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    conversation: () => p.manyToOne(Conversation).deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable().deleteRule('set null'),
    text: p.text(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['conversation', 'createdAt'] }],
});
export type ConversationNote = InferEntity<typeof ConversationNote>;

export const messageDirections = ['inbound', 'outbound'] as const;

export const Message = defineEntity({
  name: 'Message',
  tableName: 'messages',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    channelAccount: () => p.manyToOne(ChannelAccount),
    conversation: () => p.manyToOne(Conversation).index(),
    direction: p.enum(messageDirections),
    type: p.string().length(32),
    text: p.text().nullable(),
    /** The normalized content (connector SDK shape) for every kind but plain text. */
    content: p.json<Record<string, unknown>>().nullable(),
    status: p.enum(messageStatuses),
    /** The platform's id, unique within the channel account (Telegram's repeat across bots). */
    platformMessageId: p.string().length(255).nullable(),
    idempotencyKey: p.string().length(200).nullable().unique(),
    errorCode: p.string().length(32).nullable(),
    errorMessage: p.text().nullable(),
    /** The platform id of the message this one quotes (WhatsApp's `context`). */
    replyToPlatformId: p.string().length(255).nullable(),
    /** The ad a customer's message came from (click-to-WhatsApp), in the connector SDK's shape. */
    referral: p.json<Record<string, unknown>>().nullable(),
    /** The agent who sent it; null for the customer's messages and automation. */
    sentBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime(),
    statusUpdatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'platformMessageId'] }],
  indexes: [{ properties: ['conversation', 'createdAt'] }, { properties: ['conversation', 'status'] }],
});
export type Message = InferEntity<typeof Message>;

/** Every delivery status the platform reported, once each; a message's status is derived from them. */
export const StatusEvent = defineEntity({
  name: 'StatusEvent',
  tableName: 'status_events',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisation: () => p.manyToOne(Organisation),
    channelAccount: () => p.manyToOne(ChannelAccount),
    platformMessageId: p.string().length(255),
    status: p.string().length(16),
    occurredAt: p.datetime(),
    errorCode: p.string().length(32).nullable(),
    errorMessage: p.text().nullable(),
    /** The platform's `pricing` of the message, when the report carries one (settles its charge). */
    pricing: p
      .json<{ billable: boolean; pricingModel: string; category: string; type?: string }>()
      .nullable(),
    receivedAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'platformMessageId', 'status'] }],
});
export type StatusEvent = InferEntity<typeof StatusEvent>;

/** A media file a customer sent: fetched from the platform after intake and kept in the data folder. */
export const Media = defineEntity({
  name: 'Media',
  tableName: 'media',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    channelAccount: () => p.manyToOne(ChannelAccount),
    message: () => p.manyToOne(Message).index(),
    channel: p.string().length(32),
    platformMediaId: p.string().length(255),
    state: p.enum(mediaStates),
    mimeType: p.string().length(255).nullable(),
    sha256: p.string().length(64).nullable(),
    sizeBytes: p.integer().nullable(),
    filename: p.string().length(255).nullable(),
    attempts: p.integer().default(0),
    availableAt: p.datetime(),
    lastError: p.text().nullable(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'platformMediaId'] }],
  indexes: [{ properties: ['state', 'availableAt'] }],
});
export type Media = InferEntity<typeof Media>;
