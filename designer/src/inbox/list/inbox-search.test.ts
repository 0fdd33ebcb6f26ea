import { describe, expect, it } from 'vitest';
import { withQuery } from '../../api/http';
import { SALES } from './fixtures.test-support';
import {
  defaultView,
  filtersKey,
  inboxSearch,
  listQueryParams,
  narrowed,
  resolveFilters,
} from './inbox-search';

describe('the inbox address', () => {
  it('keeps what it knows and drops what it does not (an old or hand-edited link)', () => {
    expect(inboxSearch.parse({ view: 'queue', teamId: SALES.id, channel: 'telegram', tag: ' vip ' })).toEqual(
      {
        view: 'queue',
        teamId: SALES.id,
        channel: 'telegram',
        tag: 'vip',
      },
    );
    expect(inboxSearch.parse({ view: 'later', status: 'pending', teamId: 'sales', window: 1 })).toEqual({});
  });
});

describe('resolveFilters', () => {
  it('fills the defaults: the default view, open conversations', () => {
    expect(resolveFilters({}, 'mine')).toEqual({
      view: 'mine',
      status: 'open',
      window: null,
      channel: null,
      tag: null,
      teamId: null,
    });
  });

  it('keeps the queue open, and "any status" to All', () => {
    expect(resolveFilters({ view: 'queue', status: 'closed' }, 'mine').status).toBe('open');
    expect(resolveFilters({ view: 'mine', status: 'any' }, 'mine').status).toBe('open');
    expect(resolveFilters({ view: 'all', status: 'any' }, 'mine').status).toBe('any');
  });

  it('takes a team only in the views that list by team', () => {
    expect(resolveFilters({ view: 'queue', teamId: SALES.id }, 'mine').teamId).toBe(SALES.id);
    expect(resolveFilters({ view: 'all', teamId: SALES.id }, 'mine').teamId).toBe(SALES.id);
    expect(resolveFilters({ view: 'mine', teamId: SALES.id }, 'mine').teamId).toBeNull();
  });

  it('knows when the list is narrowed beyond its view', () => {
    expect(narrowed(resolveFilters({ view: 'queue' }, 'mine'))).toBe(false);
    expect(narrowed(resolveFilters({ view: 'mine', channel: 'whatsapp' }, 'mine'))).toBe(true);
    expect(narrowed(resolveFilters({ view: 'mine', status: 'closed' }, 'mine'))).toBe(true);
  });
});

describe('listQueryParams', () => {
  it('asks the API for exactly the filters, the status always (All’s default is any)', () => {
    const all = resolveFilters({ view: 'all' }, 'mine');
    expect(withQuery('/api/conversations', listQueryParams(all, null, 50))).toBe(
      '/api/conversations?view=all&status=open&limit=50',
    );
    const queue = resolveFilters(
      { view: 'queue', teamId: SALES.id, channel: 'whatsapp', tag: 'vip' },
      'mine',
    );
    expect(withQuery('/api/conversations', listQueryParams(queue, 'cur', 50))).toBe(
      `/api/conversations?view=queue&status=open&channel=whatsapp&tag=vip&teamId=${SALES.id}&limit=50&cursor=cur`,
    );
    const any = resolveFilters({ view: 'all', status: 'any' }, 'mine');
    expect(listQueryParams(any, null, 50).status).toBeNull();
  });
});

describe('filtersKey', () => {
  it('tells lists apart, and my teams count only where they decide the list', () => {
    const mine = resolveFilters({ view: 'mine' }, 'mine');
    expect(filtersKey(mine, [SALES.id])).toBe(filtersKey(mine, []));
    expect(filtersKey(mine, null)).not.toBe(
      filtersKey(resolveFilters({ view: 'mine', tag: 'x' }, 'mine'), null),
    );
    const team = resolveFilters({ view: 'team' }, 'mine');
    expect(filtersKey(team, [SALES.id])).not.toBe(filtersKey(team, []));
    const oneTeam = resolveFilters({ view: 'team', teamId: SALES.id }, 'mine');
    expect(filtersKey(oneTeam, [SALES.id])).toBe(filtersKey(oneTeam, []));
  });
});

describe('defaultView', () => {
  it('is mine for team members and anyone with conversations of their own', () => {
    expect(defaultView(true, undefined, false)).toBe('mine');
    expect(defaultView(false, 2, true)).toBe('mine');
    expect(defaultView(undefined, 1, false)).toBe('mine');
  });

  it('is all for someone in no team with nothing assigned, once both are known', () => {
    expect(defaultView(false, undefined, false)).toBeNull();
    expect(defaultView(false, 0, true)).toBe('all');
    // A failed read counts as "no": they still see the conversations.
    expect(defaultView(undefined, undefined, true)).toBe('all');
  });
});
