import type { Conversation, InboxEvent } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { message } from '../fixtures.test-support';
import { inboxReducer } from '../inbox-reducer';
import { initialInboxState, type InboxAction, type InboxState, type ListView } from '../inbox-state';
import { applyRouting } from './apply-routing';
import { BILLING, ME, routed, SALES, sato, tanaka, viewOf } from './fixtures.test-support';

const now = new Date(Date.UTC(2025, 0, 1, 12, 30));
const run = (...actions: InboxAction[]): InboxState => actions.reduce(inboxReducer, initialInboxState);
const upserted = (conversation: Conversation): InboxAction => ({
  type: 'event',
  event: { type: 'conversation.upserted', conversation } satisfies InboxEvent,
  now,
});
const requested = (view: ListView): InboxAction => ({ type: 'list/requested', view });
const loaded = (items: Conversation[], nextCursor: string | null = null): InboxAction => ({
  type: 'list/loaded',
  page: { items, nextCursor },
});
const ids = (s: InboxState) => s.list.items.map((c) => c.id);

const mine = viewOf({ view: 'mine' });
const queue = viewOf({ view: 'queue' });

describe('the list of a view', () => {
  it('starts over from its first page when the view or a filter changes', () => {
    const s = run(requested(mine), loaded([routed('a', 5, sato)]), requested(viewOf({ view: 'unassigned' })));
    expect(s.list).toMatchObject({ status: 'loading', items: [], nextCursor: null });
    expect(s.list.view?.filters.view).toBe('unassigned');
  });

  it('keeps showing its items while the same list is read again', () => {
    const s = run(requested(mine), loaded([routed('a', 5, sato)]), requested(mine));
    expect(s.list.status).toBe('ready');
    expect(ids(s)).toEqual(['a']);
  });

  it('in Mine, takes in what is assigned to me and lets go of what is assigned away', () => {
    let s = run(requested(mine), loaded([routed('a', 5, sato), routed('b', 4, sato)]));
    s = [
      upserted(routed('c', 3, sato)),
      upserted(routed('a', 6, tanaka)),
      upserted(routed('d', 9, tanaka)),
    ].reduce(inboxReducer, s);
    expect(ids(s)).toEqual(['b', 'c']);
  });

  it('lets go of a conversation once it is closed or snoozed, in an open list', () => {
    const s = run(
      requested(mine),
      loaded([routed('a', 5, sato), routed('b', 4, sato)]),
      upserted(routed('a', 5, sato, { status: 'closed' })),
      upserted(routed('b', 4, sato, { status: 'snoozed' })),
    );
    expect(ids(s)).toEqual([]);
  });

  it('orders the queue longest-waiting first and drops what an agent took', () => {
    // routed(…, minute) queues at 11:minute: 'old' has waited longest.
    let s = run(requested(queue), loaded([routed('old', 1, null), routed('new', 20, null)]));
    s = inboxReducer(s, upserted(routed('mid', 10, null)));
    expect(ids(s)).toEqual(['old', 'mid', 'new']);
    // A new message does not move it: the queue goes by when it joined.
    s = inboxReducer(s, upserted(routed('old', 59, null, { queuedAt: routed('old', 1, null).queuedAt })));
    expect(ids(s)).toEqual(['old', 'mid', 'new']);
    s = inboxReducer(s, upserted(routed('mid', 10, tanaka)));
    expect(ids(s)).toEqual(['old', 'new']);
  });

  it('leaves the queue’s later arrivals to paging while more pages are left', () => {
    const s = run(
      requested(queue),
      loaded([routed('a', 1, null), routed('b', 2, null)], 'cursor'),
      upserted(routed('later', 30, null)),
      upserted(routed('earlier', 0, null)),
    );
    expect(ids(s)).toEqual(['earlier', 'a', 'b']);
    expect(s.list.nextCursor).toBe('cursor');
  });

  it('appends the queue’s next page after its end', () => {
    const s = run(requested(queue), loaded([routed('a', 1, null)], 'cursor'), {
      type: 'list/more-loaded',
      page: { items: [routed('b', 2, null)], nextCursor: null },
    });
    expect(ids(s)).toEqual(['a', 'b']);
  });

  it('on a refresh, drops what the server no longer lists — unless it changed live meanwhile', () => {
    const s = run(
      requested(mine),
      loaded([routed('a', 5, sato), routed('b', 4, sato), routed('c', 3, sato)]),
      requested(mine), // a reconnection: read again
      upserted(routed('d', 2, sato)), // assigned to me after the server's snapshot
      loaded([routed('a', 5, sato), routed('c', 3, sato)]), // 'b' was assigned away while offline
    );
    expect(ids(s)).toEqual(['a', 'c', 'd']);
  });

  it('with a tag filter, updates what it lists and leaves the rest to the server', () => {
    const tagged = viewOf({ view: 'mine', tag: 'vip' });
    const s = run(
      requested(tagged),
      loaded([routed('a', 5, sato)]),
      upserted(routed('a', 8, sato, { lastMessagePreview: 'new' })),
      upserted(routed('b', 9, sato)),
    );
    expect(ids(s)).toEqual(['a']);
    expect(s.list.items[0]?.lastMessagePreview).toBe('new');
  });

  it('keeps my teams’ list to my teams', () => {
    const teams = viewOf({ view: 'team' });
    const s = run(
      requested(teams),
      loaded([routed('a', 5, tanaka)]),
      upserted(routed('b', 6, null)),
      upserted(routed('c', 7, tanaka, { team: BILLING })),
      upserted(routed('a', 5, tanaka, { team: BILLING })), // transferred to Billing
    );
    expect(ids(s)).toEqual(['b']);
  });

  it('does not put an opened conversation of another view into the list', () => {
    const other = routed('x', 9, tanaka);
    const s = run(
      requested(mine),
      loaded([routed('a', 5, sato)]),
      { type: 'thread/opened', id: 'x' },
      {
        type: 'thread/loaded',
        id: 'x',
        conversation: other,
        page: { items: [message('m1', 1, { conversationId: 'x' })], nextCursor: null },
        now,
      },
    );
    expect(ids(s)).toEqual(['a']);
    expect(s.thread?.conversation?.id).toBe('x');
  });

  it('shows a conversation closed from here at once: out of the open list, closed in the thread', () => {
    const a = routed('a', 5, sato);
    const closed = applyRouting(a, {
      conversationId: 'a',
      status: 'closed',
      teamId: SALES.id,
      assignedUserId: null,
      queuedAt: null,
      assignedAt: null,
      snoozedUntil: null,
    });
    expect(closed).toMatchObject({ status: 'closed', assignee: null, team: SALES, queuedAt: null });
    const s = run(
      requested(mine),
      loaded([a, routed('b', 4, sato)]),
      { type: 'thread/opened', id: 'a' },
      { type: 'thread/loaded', id: 'a', conversation: a, page: { items: [], nextCursor: null }, now },
      upserted(closed),
    );
    expect(ids(s)).toEqual(['b']);
    expect(s.thread?.conversation?.status).toBe('closed');
  });

  it('keeps a team it does not know by name as it was', () => {
    const a = routed('a', 5, sato);
    const moved = applyRouting(a, {
      conversationId: 'a',
      status: 'open',
      teamId: BILLING.id,
      assignedUserId: ME,
      queuedAt: null,
      assignedAt: null,
      snoozedUntil: null,
    });
    expect(moved.team).toEqual(SALES);
    expect(moved.assignee).toEqual(sato);
  });
});
