import {
  defaultTeamSla,
  routingRuleSchema,
  type RoutingRule,
  type RoutingRulesInput,
  type Team,
  type User,
} from '@parley/contracts';

/** Builders for unit tests only. */

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function team(n: number, name: string, patch: Partial<Team> = {}): Team {
  return {
    id: uuid(100 + n),
    name,
    strategy: 'round_robin',
    fallbackStrategy: 'round_robin',
    members: [],
    defaultCapacity: 5,
    sla: defaultTeamSla,
    createdAt: '2025-06-16T01:00:00.000Z',
    ...patch,
  };
}

export function user(n: number, name: string, patch: Partial<User> = {}): User {
  return {
    id: uuid(n),
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    name,
    role: 'agent',
    status: 'active',
    locale: 'ja',
    createdAt: '2025-06-01T00:00:00.000Z',
    lastSignInAt: null,
    lockedUntil: null,
    ...patch,
  };
}

type RuleInput = RoutingRulesInput['rules'][number];

/** A rule as the contract parses it (its defaults filled in). */
export function rule(n: number, name: string, patch: Partial<RuleInput> = {}): RoutingRule {
  return routingRuleSchema.parse({
    id: uuid(n),
    name,
    enabled: true,
    conditions: [{ kind: 'keyword', keywords: ['予約'], match: 'any' }],
    teamId: uuid(101),
    ...patch,
  });
}
