import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import { ChannelAccount } from './channel.entities.js';
import { Organisation } from './people.entities.js';

/** Work committed with the webhook's transaction and relayed to Temporal afterwards. */
export const OutboxEntry = defineEntity({
  name: 'OutboxEntry',
  tableName: 'outbox',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisation: () => p.manyToOne(Organisation),
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

export const deadLetterStatuses = ['pending', 'replayed'] as const;

/**
 * A part of a genuine webhook delivery the connector could not parse: acknowledged, kept as it
 * came, and replayable. The organisation is known when the part names an account Parley serves.
 */
export const DeadLetter = defineEntity({
  name: 'DeadLetter',
  tableName: 'dead_letters',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).nullable(),
    channel: p.string().length(32),
    channelAccount: () => p.manyToOne(ChannelAccount).nullable(),
    platformAccountId: p.string().length(64).nullable(),
    body: p.text(),
    error: p.text(),
    status: p.enum(deadLetterStatuses),
    receivedAt: p.datetime(),
    replayedAt: p.datetime().nullable(),
    replayAttempts: p.integer().default(0),
    lastReplayError: p.text().nullable(),
  },
  indexes: [{ properties: ['organisation', 'status', 'receivedAt'] }],
});
export type DeadLetter = InferEntity<typeof DeadLetter>;
