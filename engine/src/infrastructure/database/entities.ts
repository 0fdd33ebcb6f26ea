import { type InferEntity, defineEntity, p } from '@mikro-orm/core';

/** One thread with one contact on one channel account. */
export const Conversation = defineEntity({
  name: 'Conversation',
  tableName: 'conversations',
  properties: {
    id: p.uuid().primary(),
    channel: p.string().length(32),
    channelAccountId: p.string().length(64),
    contactId: p.string().length(64),
    contactName: p.string().length(256).nullable(),
    lastMessageAt: p.datetime(),
    lastMessagePreview: p.string().length(200).nullable(),
    lastInboundAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channel', 'channelAccountId', 'contactId'] }],
  indexes: [{ properties: ['lastMessageAt'] }],
});
export type Conversation = InferEntity<typeof Conversation>;

export const messageDirections = ['inbound', 'outbound'] as const;
/** Ordered: a message's status only ever moves right, except to `failed`, which is final. */
export const messageStatuses = [
  'received',
  'pending',
  'accepted',
  'sent',
  'delivered',
  'read',
  'failed',
] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const Message = defineEntity({
  name: 'Message',
  tableName: 'messages',
  properties: {
    id: p.uuid().primary(),
    conversation: () => p.manyToOne(Conversation).index(),
    direction: p.enum(messageDirections),
    type: p.string().length(32),
    text: p.text().nullable(),
    /** The normalized content (connector SDK shape) for every kind but plain text. */
    content: p.json<Record<string, unknown>>().nullable(),
    status: p.enum(messageStatuses),
    platformMessageId: p.string().length(255).nullable().unique(),
    idempotencyKey: p.string().length(200).nullable().unique(),
    errorCode: p.string().length(32).nullable(),
    errorMessage: p.text().nullable(),
    createdAt: p.datetime(),
    statusUpdatedAt: p.datetime(),
  },
  indexes: [{ properties: ['conversation', 'createdAt'] }],
});
export type Message = InferEntity<typeof Message>;

/** Every delivery status the platform reported, once each; a message's status is derived from them. */
export const StatusEvent = defineEntity({
  name: 'StatusEvent',
  tableName: 'status_events',
  properties: {
    id: p.integer().primary().autoincrement(),
    platformMessageId: p.string().length(255),
    status: p.string().length(16),
    occurredAt: p.datetime(),
    errorCode: p.string().length(32).nullable(),
    errorMessage: p.text().nullable(),
    receivedAt: p.datetime(),
  },
  uniques: [{ properties: ['platformMessageId', 'status'] }],
});
export type StatusEvent = InferEntity<typeof StatusEvent>;

/** Work committed with the webhook's transaction and relayed to Temporal afterwards. */
export const OutboxEntry = defineEntity({
  name: 'OutboxEntry',
  tableName: 'outbox',
  properties: {
    id: p.integer().primary().autoincrement(),
    workflowId: p.string().length(300),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    availableAt: p.datetime(),
    attempts: p.integer().default(0),
    claimToken: p.string().length(36).nullable(),
    claimedUntil: p.datetime().nullable(),
    lastError: p.text().nullable(),
  },
  indexes: [{ properties: ['availableAt'] }, { properties: ['claimToken'] }],
});
export type OutboxEntry = InferEntity<typeof OutboxEntry>;

export const mediaStates = ['pending', 'stored', 'failed'] as const;

/** A media file a customer sent: fetched from the platform after intake and kept in the data folder. */
export const Media = defineEntity({
  name: 'Media',
  tableName: 'media',
  properties: {
    id: p.uuid().primary(),
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
  uniques: [{ properties: ['channel', 'platformMediaId'] }],
  indexes: [{ properties: ['state', 'availableAt'] }],
});
export type Media = InferEntity<typeof Media>;

export const entities = [Conversation, Message, StatusEvent, OutboxEntry, Media];
