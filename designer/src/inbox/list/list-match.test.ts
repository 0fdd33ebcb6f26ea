import { describe, expect, it } from 'vitest';
import { BILLING, ME, routed, SALES, sato, tanaka } from './fixtures.test-support';
import { resolveFilters, type InboxSearch } from './inbox-search';
import { matchesList, type MatchContext } from './list-match';

const now = new Date(Date.UTC(2025, 0, 1, 12, 30));
const me: MatchContext = { me: ME, myTeamIds: [SALES.id] };
const match = (search: InboxSearch, c = routed('c1', 5, sato), context = me) =>
  matchesList(c, resolveFilters(search, 'mine'), context, now);

describe('matchesList: the views', () => {
  it('mine: mine in, assigned away or unassigned out', () => {
    expect(match({ view: 'mine' })).toBe('in');
    expect(match({ view: 'mine' }, routed('c1', 5, tanaka))).toBe('out');
    expect(match({ view: 'mine' }, routed('c1', 5, null))).toBe('out');
  });

  it('unassigned: only conversations without an agent', () => {
    expect(match({ view: 'unassigned' }, routed('c1', 5, null))).toBe('in');
    expect(match({ view: 'unassigned' }, routed('c1', 5, null, { team: null, queuedAt: null }))).toBe('in');
    expect(match({ view: 'unassigned' })).toBe('out');
  });

  it('my teams: a team of mine, or the one chosen', () => {
    expect(match({ view: 'team' }, routed('c1', 5, tanaka))).toBe('in');
    expect(match({ view: 'team' }, routed('c1', 5, tanaka, { team: BILLING }))).toBe('out');
    expect(match({ view: 'team' }, routed('c1', 5, tanaka, { team: null }))).toBe('out');
    expect(match({ view: 'team', teamId: BILLING.id }, routed('c1', 5, tanaka, { team: BILLING }))).toBe(
      'in',
    );
    expect(match({ view: 'team', teamId: BILLING.id }, routed('c1', 5, tanaka))).toBe('out');
  });

  it('my teams before the teams are known: cannot tell', () => {
    expect(match({ view: 'team' }, routed('c1', 5, tanaka), { me: ME, myTeamIds: null })).toBe('unknown');
    // …but a conversation of no team is out whatever they are.
    expect(
      match({ view: 'team' }, routed('c1', 5, tanaka, { team: null }), { me: ME, myTeamIds: null }),
    ).toBe('out');
  });

  it('queue: waiting (no agent, queued) in a team of mine, and open', () => {
    expect(match({ view: 'queue' }, routed('c1', 5, null))).toBe('in');
    expect(match({ view: 'queue' }, routed('c1', 5, sato))).toBe('out'); // taken: leaves the queue
    expect(match({ view: 'queue' }, routed('c1', 5, null, { queuedAt: null }))).toBe('out');
    expect(match({ view: 'queue' }, routed('c1', 5, null, { team: BILLING }))).toBe('out');
    expect(match({ view: 'queue', status: 'closed' }, routed('c1', 5, null, { status: 'closed' }))).toBe(
      'out',
    );
  });

  it('all: everything, or one team’s', () => {
    expect(match({ view: 'all' }, routed('c1', 5, tanaka, { team: BILLING }))).toBe('in');
    expect(match({ view: 'all', teamId: SALES.id }, routed('c1', 5, tanaka, { team: BILLING }))).toBe('out');
  });
});

describe('matchesList: the filters', () => {
  it('status: open by default, the one chosen, or any in All', () => {
    expect(match({ view: 'mine' }, routed('c1', 5, sato, { status: 'snoozed' }))).toBe('out');
    expect(match({ view: 'mine', status: 'snoozed' }, routed('c1', 5, sato, { status: 'snoozed' }))).toBe(
      'in',
    );
    expect(match({ view: 'mine', status: 'closed' })).toBe('out');
    expect(match({ view: 'all', status: 'any' }, routed('c1', 5, sato, { status: 'closed' }))).toBe('in');
    // "any" is All's only: elsewhere it is open.
    expect(match({ view: 'mine', status: 'any' }, routed('c1', 5, sato, { status: 'closed' }))).toBe('out');
  });

  it('a conversation from an engine without routing counts as open', () => {
    const old = routed('c1', 5, null, {
      status: undefined,
      team: undefined,
      assignee: undefined,
      queuedAt: undefined,
    });
    expect(match({ view: 'all' }, old)).toBe('in');
    expect(match({ view: 'unassigned' }, old)).toBe('in');
  });

  it('channel', () => {
    expect(match({ view: 'mine', channel: 'whatsapp' })).toBe('in');
    expect(match({ view: 'mine', channel: 'telegram' })).toBe('out');
  });

  it('window: open or closed at the clock given', () => {
    const closing = routed('c1', 5, sato, {
      window: { unlimited: false, expiresAt: '2025-01-01T12:00:00.000Z', entryPointExpiresAt: null },
    });
    expect(match({ view: 'mine', window: 'closed' }, closing)).toBe('in');
    expect(match({ view: 'mine', window: 'open' }, closing)).toBe('out');
    const telegram = routed('c1', 5, sato, {
      channel: 'telegram',
      window: { unlimited: true, expiresAt: null, entryPointExpiresAt: null },
    });
    expect(match({ view: 'mine', window: 'open' }, telegram)).toBe('in');
  });

  it('a tag cannot be judged here: unknown unless something else rules it out', () => {
    expect(match({ view: 'mine', tag: 'vip' })).toBe('unknown');
    expect(match({ view: 'mine', tag: 'vip' }, routed('c1', 5, tanaka))).toBe('out');
  });
});
