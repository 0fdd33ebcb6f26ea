import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import {
  type RoutingRules,
  type TeamSla,
  availabilitySchema,
  fallbackStrategySchema,
  strategySchema,
} from '@parley/contracts';
import { Organisation, User } from './people.entities.js';

/**
 * Agents who take the conversations routed to them, and how one is picked. Its row is the lock
 * that serialises assignments within the team, so its round-robin pointer moves once per
 * assignment.
 */
export const Team = defineEntity({
  name: 'Team',
  tableName: 'teams',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    name: p.string().length(80),
    strategy: p.enum(strategySchema.options),
    fallbackStrategy: p.enum(fallbackStrategySchema.options),
    /** The capacity of a member with no override whose agent never set their own. */
    defaultCapacity: p.integer().default(5),
    sla: p.json<TeamSla>(),
    /** Round-robin's pointer: the member assigned last. */
    lastAssignedUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['organisation', 'name'] }],
});
export type Team = InferEntity<typeof Team>;

/** An agent in a team, in the team's stable order (`position`), with this team's capacity for them. */
export const TeamMember = defineEntity({
  name: 'TeamMember',
  tableName: 'team_members',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    team: () => p.manyToOne(Team).deleteRule('cascade'),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    position: p.integer(),
    /** Overrides the agent's own capacity in this team; null keeps theirs. */
    capacity: p.integer().nullable(),
  },
  uniques: [{ properties: ['team', 'user'] }],
  // The teams an agent belongs to: drained when one of their slots frees.
  indexes: [{ properties: ['user'] }],
});
export type TeamMember = InferEntity<typeof TeamMember>;

/**
 * An agent's availability and load. `openCount` is the number of open conversations assigned to
 * them, moved only by conditional updates in the transaction that assigns or releases one, so no
 * agent goes over capacity across all their teams.
 */
export const AgentState = defineEntity({
  name: 'AgentState',
  tableName: 'agent_states',
  properties: {
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    organisation: () => p.manyToOne(Organisation),
    availability: p.enum(availabilitySchema.options).default('offline'),
    /** The agent's own capacity; null when never set (each team's default applies). */
    capacity: p.integer().nullable(),
    openCount: p.integer().default(0),
    lastAssignedAt: p.datetime().nullable(),
    /** When the open count last went to 0 or the agent came online. */
    idleSince: p.datetime().nullable(),
    /** The event stream's heartbeat; an online agent unseen for a while is marked away. */
    lastSeenAt: p.datetime().nullable(),
    updatedAt: p.datetime(),
  },
  indexes: [{ properties: ['availability', 'lastSeenAt'] }],
});
export type AgentState = InferEntity<typeof AgentState>;

/** An organisation's routing rules (`routingRulesSchema`): which team a new conversation goes to. */
export const RoutingSettings = defineEntity({
  name: 'RoutingSettings',
  tableName: 'routing_settings',
  properties: {
    organisation: () => p.manyToOne(Organisation).primary(),
    rules: p.json<RoutingRules>(),
    updatedAt: p.datetime(),
    updatedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
});
export type RoutingSettings = InferEntity<typeof RoutingSettings>;
