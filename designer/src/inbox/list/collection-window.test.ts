import type { Conversation } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { pruneToPage, remove, upsert, type Window } from '../collection';
import { conversation as c } from '../fixtures.test-support';
import { conversationSpec, queueSpec } from '../inbox-state';
import { routed } from './fixtures.test-support';

const ids = (w: Window<Conversation>) => w.items.map((i) => i.id);
const win = (items: Conversation[], cursor: string | null): Window<Conversation> => ({ items, cursor });
const never = () => false;

describe('pruneToPage', () => {
  it('drops what the page’s range no longer holds, and keeps what lies beyond it', () => {
    const w = win([c('a', 9), c('b', 8), c('c', 7), c('d', 2)], 'old');
    // The page covers 9…7 and goes on: 'b' left the list, 'd' is past the page's end.
    const pruned = pruneToPage(
      conversationSpec,
      w,
      { items: [c('a', 9), c('c', 7)], nextCursor: 'next' },
      never,
    );
    expect(ids(pruned)).toEqual(['a', 'c', 'd']);
  });

  it('drops everything the page does not hold when it is the whole list, but what changed live', () => {
    const w = win([c('a', 9), c('b', 8), c('c', 7)], null);
    const pruned = pruneToPage(
      conversationSpec,
      w,
      { items: [c('a', 9)], nextCursor: null },
      (x) => x.id === 'c',
    );
    expect(ids(pruned)).toEqual(['a', 'c']);
    expect(pruneToPage(conversationSpec, w, { items: [], nextCursor: null }, never).items).toEqual([]);
  });

  it('returns the same window when nothing goes', () => {
    const w = win([c('a', 9)], null);
    expect(pruneToPage(conversationSpec, w, { items: [c('a', 9)], nextCursor: null }, never)).toBe(w);
  });
});

describe('the queue’s window', () => {
  it('pages on at its end: later arrivals wait for paging, earlier ones go in', () => {
    const w = win([routed('a', 10, null), routed('b', 20, null)], 'cursor');
    expect(ids(upsert(queueSpec, w, routed('late', 30, null)))).toEqual(['a', 'b']);
    expect(ids(upsert(queueSpec, w, routed('early', 5, null)))).toEqual(['early', 'a', 'b']);
    expect(ids(upsert(queueSpec, win(w.items, null), routed('late', 30, null)))).toEqual(['a', 'b', 'late']);
  });

  it('takes one out by id', () => {
    const w = win([routed('a', 10, null), routed('b', 20, null)], null);
    expect(ids(remove(queueSpec, w, 'a'))).toEqual(['b']);
    expect(remove(queueSpec, w, 'zz')).toBe(w);
  });
});
