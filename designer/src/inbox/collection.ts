import type { Page } from '@parley/contracts';

/**
 * A sorted, id-unique list that is a window onto a longer server-side list: the loaded part runs
 * from the "head" (newest) to wherever the cursor stopped. Pure functions, no React.
 */
export interface CollectionSpec<T> {
  id: (item: T) => string;
  /** Sort key in milliseconds; ties are broken by id. */
  time: (item: T) => number;
  /** 'desc': newest first (conversation list); 'asc': oldest first (message thread, queue). */
  order: 'asc' | 'desc';
  /**
   * Which end of the sorted items the cursor pages on from: the last one for a newest-first list,
   * the first one for a thread (earlier messages); a queue, oldest first, pages on at its last.
   * By default the end the order puts the oldest item at.
   */
  pagesAt?: 'start' | 'end';
  merge: (current: T, incoming: T) => T;
}

export interface Window<T> {
  items: T[];
  /** Cursor to load the part beyond the loaded window; null when everything is loaded. */
  cursor: string | null;
}

function compare<T>(spec: CollectionSpec<T>, a: T, b: T): number {
  const byTime = spec.time(a) - spec.time(b) || spec.id(a).localeCompare(spec.id(b));
  return spec.order === 'asc' ? byTime : -byTime;
}

const pagesAt = <T>(spec: CollectionSpec<T>): 'start' | 'end' =>
  spec.pagesAt ?? (spec.order === 'desc' ? 'end' : 'start');

/** The far end of sorted items: where the cursor pages on from (the oldest one, but for a queue). */
const farEnd = <T>(spec: CollectionSpec<T>, sorted: readonly T[]): T | undefined =>
  sorted.at(pagesAt(spec) === 'end' ? -1 : 0);

/** True when `item` sorts past `end` on the far side, the one paging reaches. */
function isPast<T>(spec: CollectionSpec<T>, end: T | undefined, item: T): boolean {
  if (end === undefined) return false;
  return pagesAt(spec) === 'end' ? compare(spec, item, end) > 0 : compare(spec, item, end) < 0;
}

/** True when `item` belongs to the part of the server list that is not loaded yet. */
const beyondWindow = <T>(spec: CollectionSpec<T>, window: Window<T>, item: T): boolean =>
  window.cursor !== null && isPast(spec, farEnd(spec, window.items), item);

function union<T>(spec: CollectionSpec<T>, base: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(base.map((item) => [spec.id(item), item]));
  for (const item of incoming) {
    const current = byId.get(spec.id(item));
    byId.set(spec.id(item), current ? spec.merge(current, item) : item);
  }
  return [...byId.values()].sort((a, b) => compare(spec, a, b));
}

/** Inserts or updates one item, e.g. from a live event. Items beyond the loaded window are left for paging. */
export function upsert<T>(spec: CollectionSpec<T>, window: Window<T>, item: T): Window<T> {
  const known = window.items.some((i) => spec.id(i) === spec.id(item));
  if (!known && beyondWindow(spec, window, item)) return window;
  return { items: union(spec, window.items, [item]), cursor: window.cursor };
}

/** Takes one item out (it left the list: another view's now, or closed). */
export function remove<T>(spec: CollectionSpec<T>, window: Window<T>, id: string): Window<T> {
  if (!window.items.some((i) => spec.id(i) === id)) return window;
  return { items: window.items.filter((i) => spec.id(i) !== id), cursor: window.cursor };
}

/**
 * Before merging a fresh head page: drops the items of the window inside the page's range that the
 * page no longer holds — they left the server's list (assigned away, closed) while this client was
 * not told — except those `changedLive` says a live event brought after the request went out,
 * which the server's snapshot may predate.
 */
export function pruneToPage<T>(
  spec: CollectionSpec<T>,
  window: Window<T>,
  page: Page<T>,
  changedLive: (item: T) => boolean,
): Window<T> {
  const listed = new Set(page.items.map(spec.id));
  const edge =
    page.nextCursor === null
      ? undefined
      : farEnd(
          spec,
          [...page.items].sort((a, b) => compare(spec, a, b)),
        );
  if (page.nextCursor !== null && edge === undefined) return window;
  const items = window.items.filter(
    (i) => listed.has(spec.id(i)) || changedLive(i) || (edge !== undefined && isPast(spec, edge, i)),
  );
  return items.length === window.items.length ? window : { items, cursor: window.cursor };
}

/** Adds the next page beyond the window ("load more" / "load earlier"). */
export function appendPage<T>(spec: CollectionSpec<T>, window: Window<T>, page: Page<T>): Window<T> {
  return { items: union(spec, window.items, page.items), cursor: page.nextCursor };
}

/**
 * Merges a fresh head page (first load, retry, or catch-up after a reconnect) into the window.
 * When the page reaches an unchanged item of the window, the two are contiguous and everything
 * already loaded is kept; otherwise items past the page's end may have gaps, so they are dropped
 * and paging restarts from the page's cursor. Items newer than the page's end are always kept:
 * they may have arrived live after the server took its snapshot.
 */
export function mergeHeadPage<T>(spec: CollectionSpec<T>, window: Window<T>, page: Page<T>): Window<T> {
  if (page.nextCursor === null) return { items: union(spec, window.items, page.items), cursor: null };
  const edge = farEnd(
    spec,
    [...page.items].sort((a, b) => compare(spec, a, b)),
  );
  if (edge === undefined) return window;
  const known = window.items.find((i) => spec.id(i) === spec.id(edge));
  const contiguous = known !== undefined && spec.time(known) === spec.time(edge);
  const reachesFurther = window.items.some((i) => isPast(spec, edge, i));
  if (contiguous && reachesFurther) {
    return { items: union(spec, window.items, page.items), cursor: window.cursor };
  }
  const kept = window.items.filter((i) => !isPast(spec, edge, i));
  return { items: union(spec, kept, page.items), cursor: page.nextCursor };
}
