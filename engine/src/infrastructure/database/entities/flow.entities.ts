import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import { flowDropReasons, type FlowGraph } from '@parley/workflows/flows';
import { PortableBoolean } from '../portable-boolean.type.js';
import { ChannelAccount } from './channel.entities.js';
import { Conversation } from './inbox.entities.js';
import { Organisation, User } from './people.entities.js';

export const flowRunStatuses = ['running', 'completed', 'assigned', 'dropped'] as const;

/**
 * An automated reply flow: its draft (edited with optimistic concurrency on `draftRevision`) and
 * the version new conversations start in. Published versions are rows of FlowVersion, never changed.
 */
export const Flow = defineEntity({
  name: 'Flow',
  tableName: 'flows',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    name: p.string().length(80),
    description: p.string().length(500).default(''),
    draftGraph: p.json<FlowGraph>(),
    draftRevision: p.integer().default(0),
    /** The latest published version's number (what new conversations run); null until published. */
    publishedVersion: p.integer().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    updatedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** Deleted flows keep their versions for the runs and analytics that name them. */
    archivedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['organisation', 'archivedAt'] }],
});
export type Flow = InferEntity<typeof Flow>;

/** A published version of a flow: immutable, numbered from 1. */
export const FlowVersion = defineEntity({
  name: 'FlowVersion',
  tableName: 'flow_versions',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    flow: () => p.manyToOne(Flow).deleteRule('cascade'),
    version: p.integer(),
    graph: p.json<FlowGraph>(),
    note: p.string().length(500).default(''),
    /** Published as a rollback to this version's graph. */
    rolledBackFrom: p.integer().nullable(),
    publishedAt: p.datetime(),
    publishedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
  uniques: [{ properties: ['flow', 'version'] }],
});
export type FlowVersion = InferEntity<typeof FlowVersion>;

/** Where a flow's trigger listens: one row per (flow, channel account). */
export const FlowActivation = defineEntity({
  name: 'FlowActivation',
  tableName: 'flow_activations',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    flow: () => p.manyToOne(Flow).deleteRule('cascade'),
    channelAccount: () => p.manyToOne(ChannelAccount).deleteRule('cascade'),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['flow', 'channelAccount'] }],
  indexes: [{ properties: ['channelAccount'] }],
});
export type FlowActivation = InferEntity<typeof FlowActivation>;

/**
 * One conversation's pass through a flow: the version it started in (pinned; null for a test run
 * of the draft, whose graph is kept in `testGraph`), where it rests, and how it ended.
 */
export const FlowRun = defineEntity({
  name: 'FlowRun',
  tableName: 'flow_runs',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    flow: () => p.manyToOne(Flow).deleteRule('cascade'),
    flowVersion: () => p.manyToOne(FlowVersion).nullable().deleteRule('cascade'),
    conversation: () => p.manyToOne(Conversation).deleteRule('cascade'),
    test: p.type(PortableBoolean).default(false),
    testGraph: p.json<FlowGraph>().nullable(),
    status: p.enum(flowRunStatuses),
    dropReason: p.enum(flowDropReasons).nullable(),
    detail: p.string().length(500).nullable(),
    /** Where the run rests (a wait, a delay), while running. */
    currentNode: p.string().length(64).nullable(),
    restingSince: p.datetime().nullable(),
    startedAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    /** Who started a test run. */
    startedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
  indexes: [
    { properties: ['flowVersion', 'status'] },
    { properties: ['flow', 'startedAt'] },
    { properties: ['conversation', 'status'] },
  ],
});
export type FlowRun = InferEntity<typeof FlowRun>;

/** A node a run passed through: what per-node analytics count and a test run's trace shows. */
export const FlowStep = defineEntity({
  name: 'FlowStep',
  tableName: 'flow_steps',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    run: () => p.manyToOne(FlowRun).deleteRule('cascade'),
    /** The version the node belongs to (a run that went to another flow records that flow's); null in tests. */
    flowVersion: () => p.manyToOne(FlowVersion).nullable().deleteRule('cascade'),
    seq: p.integer(),
    nodeId: p.string().length(64),
    nodeType: p.string().length(32),
    enteredAt: p.datetime(),
    exitedAt: p.datetime(),
    port: p.string().length(64).nullable(),
    dropReason: p.enum(flowDropReasons).nullable(),
    /** Test runs: the step's input, output and effects. */
    trace: p.json<Record<string, unknown>>().nullable(),
  },
  // A turn retried by Temporal records its steps once.
  uniques: [{ properties: ['run', 'seq'] }],
  indexes: [{ properties: ['flowVersion', 'nodeId'] }],
});
export type FlowStep = InferEntity<typeof FlowStep>;

/** The organisation's settings for HTTP request nodes: the hosts they may call. */
export const FlowSettings = defineEntity({
  name: 'FlowSettings',
  tableName: 'flow_settings',
  properties: {
    organisation: () => p.manyToOne(Organisation).primary(),
    allowedHosts: p.json<string[]>(),
    updatedAt: p.datetime(),
  },
});
export type FlowSettings = InferEntity<typeof FlowSettings>;

/** A secret an HTTP request node references by name (`{{secret.NAME}}`); stored encrypted. */
export const FlowSecret = defineEntity({
  name: 'FlowSecret',
  tableName: 'flow_secrets',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    name: p.string().length(40),
    value: p.text(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['organisation', 'name'] }],
});
export type FlowSecret = InferEntity<typeof FlowSecret>;
