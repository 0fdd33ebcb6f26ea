import { describe, expect, it } from 'vitest';
import { at, message } from '../fixtures.test-support';
import { event, note } from './fixtures.test-support';
import { groupTimelineByDay, mergeTimeline, withNote } from './timeline';

const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe('mergeTimeline', () => {
  const messages = [message('m1', 1), message('m2', 5), message('m3', 9)];

  it('puts messages, ownership events and notes in time order', () => {
    const items = mergeTimeline(
      messages,
      [event(1, 'assigned', 2), event(2, 'transferred', 7)],
      [note(1, 6), note(2, 10)],
      { from: null },
    );
    expect(keys(items)).toEqual([
      'message:m1',
      `event:${event(1, 'assigned', 2).id}`,
      'message:m2',
      `note:${note(1, 6).id}`,
      `event:${event(2, 'transferred', 7).id}`,
      'message:m3',
      `note:${note(2, 10).id}`,
    ]);
  });

  it('puts a message before what it caused, and what someone wrote about it last, at the same instant', () => {
    const items = mergeTimeline([message('m1', 3)], [event(1, 'assigned', 3)], [note(1, 3)], { from: null });
    expect(items.map((item) => item.kind)).toEqual(['message', 'event', 'note']);
  });

  it('keeps each kind’s own order at the same instant', () => {
    const items = mergeTimeline([], [event(1, 'closed', 4), event(2, 'reopened', 4)], [], { from: null });
    expect(items.map((item) => (item.kind === 'event' ? item.event.kind : ''))).toEqual([
      'closed',
      'reopened',
    ]);
  });

  it('takes a note fetched and also pushed live once', () => {
    const items = mergeTimeline(messages, [], [note(1, 6), note(1, 6)], { from: null });
    expect(items.filter((item) => item.kind === 'note')).toHaveLength(1);
  });

  it('leaves out events and notes older than the first loaded message while older ones remain', () => {
    const items = mergeTimeline(
      messages.slice(1),
      [event(1, 'assigned', 2), event(2, 'closed', 8)],
      [note(1, 0)],
      { from: at(5) },
    );
    expect(items.map((item) => item.kind)).toEqual(['message', 'event', 'message']);
  });

  it('shows only events and notes in a thread without messages', () => {
    const items = mergeTimeline([], [event(1, 'queued', 2)], [note(1, 1)], { from: null });
    expect(items.map((item) => item.kind)).toEqual(['note', 'event']);
  });
});

describe('groupTimelineByDay', () => {
  it('splits the timeline into local calendar days, headed by their first entry', () => {
    const day = 24 * 60;
    const items = mergeTimeline(
      [message('m1', 1), message('m2', day + 1)],
      [event(1, 'assigned', 2)],
      [note(1, day + 2)],
      { from: null },
    );
    const days = groupTimelineByDay(items);
    expect(days.map((d) => d.items.length)).toEqual([2, 2]);
    expect(days[1]?.first).toBe(at(day + 1));
  });
});

describe('withNote', () => {
  it('adds a new note in time order, and a known one not again', () => {
    const notes = [note(1, 1), note(3, 3)];
    expect(withNote(notes, note(2, 2)).map((n) => n.text)).toEqual(['note 1', 'note 2', 'note 3']);
    expect(withNote(notes, note(1, 1))).toHaveLength(2);
    expect(withNote(undefined, note(1, 1))).toHaveLength(1);
  });
});
