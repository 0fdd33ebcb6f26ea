import { describe, expect, it } from 'vitest';
import {
  type AssignmentCandidate,
  type AssignmentContext,
  availabilitySchema,
  fallbackStrategySchema,
  pickAgent,
  strategySchema,
} from './assignment-strategies.js';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 16, 9, minute));
const agent = (agentId: string, change: Partial<AssignmentCandidate> = {}): AssignmentCandidate => ({
  agentId,
  availability: 'online',
  openConversations: 0,
  capacity: 5,
  lastAssignedAt: null,
  idleSince: at(0),
  ...change,
});
const context = (change: Partial<AssignmentContext> = {}): AssignmentContext => ({
  lastAssignedAgentId: null,
  previousAgentId: null,
  fallback: 'round_robin',
  ...change,
});
const away = { availability: 'away' } as const;
const offline = { availability: 'offline' } as const;
const full = { openConversations: 5, capacity: 5 };

describe('pickAgent: round_robin', () => {
  const team = [agent('aoi'), agent('ben'), agent('chie'), agent('dai')];
  const next = (candidates: AssignmentCandidate[], lastAssignedAgentId: string | null) =>
    pickAgent('round_robin', candidates, context({ lastAssignedAgentId }));

  it('takes the member after the pointer, wrapping round', () => {
    expect(next(team, 'aoi')).toBe('ben');
    expect(next(team, 'chie')).toBe('dai');
    expect(next(team, 'dai')).toBe('aoi');
  });

  it('skips members who are away, offline or at capacity', () => {
    const mixed = [agent('aoi'), agent('ben', away), agent('chie', offline), agent('dai', full)];
    expect(next(mixed, 'aoi')).toBe('aoi'); // all the others skipped: back to the pointer's own agent
    expect(next([agent('aoi', full), ...mixed.slice(1)], 'aoi')).toBeNull();
    expect(next([agent('aoi'), agent('ben', away), agent('chie')], 'aoi')).toBe('chie');
    expect(next([agent('aoi'), agent('ben', away), agent('chie', full)], 'chie')).toBe('aoi');
  });

  it('counts capacity as strictly more than the open conversations', () => {
    expect(next([agent('aoi'), agent('ben', { openConversations: 4, capacity: 5 })], 'aoi')).toBe('ben');
    expect(next([agent('aoi'), agent('ben', { openConversations: 6, capacity: 5 })], 'aoi')).toBe('aoi');
  });

  it('starts with the least recently assigned when there is no pointer, or its agent left', () => {
    expect(next(team, null)).toBe('aoi'); // nobody assigned yet: the stable order
    const assigned = [
      agent('aoi', { lastAssignedAt: at(30) }),
      agent('ben', { lastAssignedAt: at(10) }),
      agent('chie', { lastAssignedAt: at(20) }),
    ];
    expect(next(assigned, 'someone-who-left')).toBe('ben');
    expect(next([...assigned, agent('dai')], null)).toBe('dai'); // never assigned comes first
    expect(next([agent('aoi', away), ...assigned.slice(1)], null)).toBe('ben');
  });

  it('has nobody to pick in an empty team', () => {
    expect(next([], null)).toBeNull();
    expect(next([], 'aoi')).toBeNull();
  });
});

describe('pickAgent: least_busy', () => {
  const least = (candidates: AssignmentCandidate[]) => pickAgent('least_busy', candidates, context());

  it('takes the member with the fewest open conversations', () => {
    expect(least([agent('aoi', { openConversations: 3 }), agent('ben', { openConversations: 1 })])).toBe(
      'ben',
    );
  });

  it('breaks ties by who has been idle longest, a never-recorded idle time first, then the stable order', () => {
    const tied = [
      agent('aoi', { idleSince: at(20) }),
      agent('ben', { idleSince: at(5) }),
      agent('chie', { idleSince: at(10) }),
    ];
    expect(least(tied)).toBe('ben');
    expect(least([...tied, agent('dai', { idleSince: null })])).toBe('dai');
    expect(least([agent('aoi', { idleSince: null }), agent('ben', { idleSince: null })])).toBe('aoi');
    expect(least([agent('aoi'), agent('ben')])).toBe('aoi');
  });

  it('ignores members who cannot take it, however idle', () => {
    expect(
      least([
        agent('aoi', { ...away, openConversations: 0, idleSince: null }),
        agent('ben', { ...offline, openConversations: 0 }),
        agent('chie', { openConversations: 2, capacity: 2 }),
        agent('dai', { openConversations: 1 }),
      ]),
    ).toBe('dai');
    expect(least([agent('aoi', away), agent('ben', full)])).toBeNull();
    expect(least([])).toBeNull();
  });
});

describe('pickAgent: sticky', () => {
  const team = [
    agent('aoi', { openConversations: 2, lastAssignedAt: at(1) }),
    agent('ben', { openConversations: 1, lastAssignedAt: at(2) }),
    agent('chie', { openConversations: 3, lastAssignedAt: at(3) }),
  ];
  const sticky = (candidates: AssignmentCandidate[], change: Partial<AssignmentContext>) =>
    pickAgent('sticky', candidates, context({ lastAssignedAgentId: 'ben', ...change }));

  it('gives the contact back to their previous agent when they can take it', () => {
    expect(sticky(team, { previousAgentId: 'chie' })).toBe('chie');
    expect(sticky(team, { previousAgentId: 'chie', fallback: 'least_busy' })).toBe('chie');
  });

  it('falls back to the team’s strategy when the previous agent cannot take it', () => {
    const chieAway = [team[0]!, team[1]!, { ...team[2]!, ...away }];
    expect(sticky(chieAway, { previousAgentId: 'chie', fallback: 'round_robin' })).toBe('aoi');
    expect(sticky(chieAway, { previousAgentId: 'chie', fallback: 'least_busy' })).toBe('ben');
    const chieFull = [team[0]!, team[1]!, { ...team[2]!, capacity: 3 }];
    expect(sticky(chieFull, { previousAgentId: 'chie', fallback: 'round_robin' })).toBe('aoi');
  });

  it('falls back when there is no previous agent, or they left the team', () => {
    expect(sticky(team, { previousAgentId: null })).toBe('chie'); // round-robin after ben
    expect(sticky(team, { previousAgentId: 'someone-who-left', fallback: 'least_busy' })).toBe('ben');
    expect(sticky([], { previousAgentId: 'aoi' })).toBeNull();
  });
});

describe('strategy and availability schemas', () => {
  it('name the strategies, sticky’s fallbacks and the availabilities', () => {
    expect(strategySchema.options).toEqual(['round_robin', 'least_busy', 'sticky']);
    expect(fallbackStrategySchema.options).toEqual(['round_robin', 'least_busy']);
    expect(availabilitySchema.options).toEqual(['online', 'away', 'offline']);
    expect(fallbackStrategySchema.safeParse('sticky').success).toBe(false);
    expect(availabilitySchema.safeParse('busy').success).toBe(false);
  });
});
