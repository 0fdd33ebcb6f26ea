import { describe, expect, it } from 'vitest';
import { ME, routed, sato, tanaka } from '../inbox/list/fixtures.test-support';
import { createAssignmentWatch } from './assignment-watch';

const assignedIds = (o: { assigned: { id: string }[] }) => o.assigned.map((c) => c.id);

describe('createAssignmentWatch', () => {
  it('announces a conversation that becomes mine, once', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([]);
    expect(assignedIds(watch.observe(routed('a', 1, null)))).toEqual([]); // queued
    expect(assignedIds(watch.observe(routed('a', 2, sato)))).toEqual(['a']); // assigned to me
    expect(assignedIds(watch.observe(routed('a', 3, sato)))).toEqual([]); // a new message in it
    expect(assignedIds(watch.observe(routed('b', 4, tanaka)))).toEqual([]); // someone else's
  });

  it('does not announce what was already mine when the page opened', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    expect(
      assignedIds(watch.seed([routed('a', 1, sato), routed('s', 1, sato, { status: 'snoozed' })])),
    ).toEqual([]);
    expect(assignedIds(watch.observe(routed('a', 2, sato)))).toEqual([]);
    // A snoozed one of mine waking up is not a new assignment either.
    expect(assignedIds(watch.observe(routed('s', 3, sato, { status: 'open' })))).toEqual([]);
  });

  it('counts a conversation it never saw as not mine before (a new one routed to me)', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([]);
    expect(assignedIds(watch.observe(routed('new', 1, sato)))).toEqual(['new']);
  });

  it('announces a conversation that comes back to me after it went elsewhere', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([routed('a', 1, sato)]);
    expect(assignedIds(watch.observe(routed('a', 2, tanaka)))).toEqual([]);
    expect(assignedIds(watch.observe(routed('a', 3, sato)))).toEqual(['a']);
  });

  it('holds events until it knows what is mine, then judges them', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    expect(assignedIds(watch.observe(routed('old', 2, sato)))).toEqual([]);
    expect(assignedIds(watch.observe(routed('new', 3, sato)))).toEqual([]);
    expect(assignedIds(watch.seed([routed('old', 1, sato)]))).toEqual(['new']);
  });

  it('after a reconnection, announces what was assigned to me while the stream was down', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([routed('a', 1, sato)]);
    watch.observe(routed('b', 2, tanaka));
    expect(
      assignedIds(watch.seed([routed('a', 1, sato), routed('b', 5, sato), routed('c', 6, sato)])),
    ).toEqual(['b', 'c']);
  });

  it('still judges what it held when what is mine could not be read', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.observe(routed('a', 2, sato));
    expect(assignedIds(watch.seed(null))).toEqual(['a']);
  });

  it('tells when my open load changes, for the availability’s count', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([routed('a', 1, sato)]);
    expect(watch.observe(routed('a', 2, sato)).loadChanged).toBe(false); // a message
    expect(watch.observe(routed('a', 3, sato, { status: 'closed', assignee: null })).loadChanged).toBe(true);
    expect(watch.observe(routed('b', 4, tanaka)).loadChanged).toBe(false);
    expect(watch.observe(routed('c', 5, sato)).loadChanged).toBe(true);
  });

  it('remembers the contact’s name, for an SLA notice', () => {
    const watch = createAssignmentWatch(ME, 'Customer');
    watch.seed([routed('a', 1, sato)]);
    expect(watch.label('a')).toBe('Contact a');
    expect(watch.label('z')).toBeNull();
  });
});
