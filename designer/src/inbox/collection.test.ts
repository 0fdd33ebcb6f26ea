import { describe, expect, it } from 'vitest';
import type { Conversation } from '@parley/contracts';
import { appendPage, mergeHeadPage, upsert, type Window } from './collection';
import { conversation as c } from './fixtures.test-support';
import { conversationSpec as spec } from './inbox-state';

const ids = (w: Window<Conversation>) => w.items.map((i) => i.id);
const win = (items: Conversation[], cursor: string | null): Window<Conversation> => ({ items, cursor });

describe('upsert', () => {
  it('inserts by activity, newest first, and moves an updated item to the top', () => {
    let w = win([c('a', 3), c('b', 2)], null);
    w = upsert(spec, w, c('c', 1));
    expect(ids(w)).toEqual(['a', 'b', 'c']);
    w = upsert(spec, w, c('c', 9, { lastMessagePreview: 'hi' }));
    expect(ids(w)).toEqual(['c', 'a', 'b']);
    expect(w.items[0]?.lastMessagePreview).toBe('hi');
  });

  it('leaves unknown items beyond a partial window to paging', () => {
    const w = win([c('a', 5), c('b', 4)], 'cur');
    expect(upsert(spec, w, c('old', 1))).toBe(w);
    expect(ids(upsert(spec, w, c('old', 1)))).toEqual(['a', 'b']);
  });

  it('does not roll back activity with a stale snapshot', () => {
    const w = upsert(spec, win([c('a', 5, { lastMessagePreview: 'new' })], null), c('a', 2));
    expect(w.items[0]).toMatchObject({ lastMessagePreview: 'new', lastMessageAt: c('a', 5).lastMessageAt });
  });
});

describe('appendPage', () => {
  it('adds the next page, deduplicates and takes its cursor', () => {
    const w = appendPage(spec, win([c('a', 5), c('b', 4)], 'cur'), {
      items: [c('b', 4), c('d', 2)],
      nextCursor: null,
    });
    expect(ids(w)).toEqual(['a', 'b', 'd']);
    expect(w.cursor).toBeNull();
  });
});

describe('mergeHeadPage', () => {
  it('loads the first page into an empty window', () => {
    const w = mergeHeadPage(spec, win([], null), { items: [c('a', 5), c('b', 4)], nextCursor: 'p2' });
    expect(ids(w)).toEqual(['a', 'b']);
    expect(w.cursor).toBe('p2');
  });

  it('keeps pages loaded further when the fresh head page is contiguous with them', () => {
    const loaded = win([c('a', 5), c('b', 4), c('c', 3), c('d', 2)], 'p3');
    const w = mergeHeadPage(spec, loaded, { items: [c('n', 9), c('a', 5)], nextCursor: 'p2' });
    expect(ids(w)).toEqual(['n', 'a', 'b', 'c', 'd']);
    expect(w.cursor).toBe('p3');
  });

  it('drops what may have a gap before it when the head page does not reach the window', () => {
    const loaded = win([c('a', 5), c('b', 4)], 'p2');
    const w = mergeHeadPage(spec, loaded, { items: [c('x', 9), c('y', 8)], nextCursor: 'fresh' });
    expect(ids(w)).toEqual(['x', 'y']);
    expect(w.cursor).toBe('fresh');
  });

  it('keeps items newer than the snapshot (arrived live while the request was in flight)', () => {
    const live = win([c('live', 10)], null);
    const w = mergeHeadPage(spec, live, { items: [c('a', 5), c('b', 4)], nextCursor: 'p2' });
    expect(ids(w)).toEqual(['live', 'a', 'b']);
  });

  it('merges everything when the page is the complete list', () => {
    const w = mergeHeadPage(spec, win([c('a', 5), c('z', 1)], 'p2'), {
      items: [c('a', 6)],
      nextCursor: null,
    });
    expect(ids(w)).toEqual(['a', 'z']);
    expect(w.cursor).toBeNull();
  });
});
