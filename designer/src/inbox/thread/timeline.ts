import type { ConversationEvent, ConversationNote, Message } from '@parley/contracts';
import { dayKey } from '../../i18n/format';

/** One entry of a thread: a message, a change of ownership, or an internal note. */
export type TimelineItem =
  | { kind: 'message'; key: string; at: string; message: Message }
  | { kind: 'event'; key: string; at: string; event: ConversationEvent }
  | { kind: 'note'; key: string; at: string; note: ConversationNote };

export interface TimelineOptions {
  /**
   * The earliest instant the thread shows, while older messages are still to be loaded (the first
   * loaded message's time): events and notes before it would otherwise sit above "Load earlier",
   * out of order with the messages loaded later. Null once the whole thread is loaded.
   */
  from: string | null;
}

/** At the same instant a message comes first, then what it caused, then what someone wrote about it. */
const rank: Record<TimelineItem['kind'], number> = { message: 0, event: 1, note: 2 };

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * Messages, ownership events and internal notes in one list, oldest first. Each kind is taken once
 * per id (a note fetched and also pushed live); ties keep messages, events, notes in that order
 * and each kind's own order.
 */
export function mergeTimeline(
  messages: readonly Message[],
  events: readonly ConversationEvent[],
  notes: readonly ConversationNote[],
  { from }: TimelineOptions,
): TimelineItem[] {
  const start = from === null ? Number.NEGATIVE_INFINITY : Date.parse(from);
  const shown = (at: string) => Date.parse(at) >= start;
  const items: TimelineItem[] = [
    ...unique(messages).map((message): TimelineItem => ({
      kind: 'message',
      key: `message:${message.id}`,
      at: message.createdAt,
      message,
    })),
    ...unique(events)
      .filter((event) => shown(event.at))
      .map((event): TimelineItem => ({ kind: 'event', key: `event:${event.id}`, at: event.at, event })),
    ...unique(notes)
      .filter((note) => shown(note.createdAt))
      .map((note): TimelineItem => ({ kind: 'note', key: `note:${note.id}`, at: note.createdAt, note })),
  ];
  // Array.prototype.sort is stable: within a kind and an instant, the given order stays.
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || rank[a.kind] - rank[b.kind]);
}

export interface TimelineDay {
  key: string;
  /** The time of the day's first entry, for its heading. */
  first: string;
  items: TimelineItem[];
}

/** Splits a timeline (oldest first) into runs of entries of the same local calendar day. */
export function groupTimelineByDay(items: readonly TimelineItem[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const item of items) {
    const key = dayKey(item.at);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(item);
    else days.push({ key, first: item.at, items: [item] });
  }
  return days;
}

/** Adds a note to a thread's notes (oldest first) unless it is there already. */
export function withNote(
  notes: readonly ConversationNote[] | undefined,
  note: ConversationNote,
): ConversationNote[] {
  const list = notes ?? [];
  if (list.some((n) => n.id === note.id)) return [...list];
  return [...list, note].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
