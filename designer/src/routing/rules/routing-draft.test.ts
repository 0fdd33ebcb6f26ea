import { describe, expect, it } from 'vitest';
import { rule, uuid } from '../fixtures.test-support';
import { dropIndex, moveItem, routingDraftReducer, sameRouting, type RoutingDraft } from './routing-draft';

const [a, b, c, d] = [rule(1, 'A'), rule(2, 'B'), rule(3, 'C'), rule(4, 'D')];
const draft: RoutingDraft = { rules: [a, b, c, d], defaultTeamId: null };
const names = (next: RoutingDraft) => next.rules.map((each) => each.name).join('');

describe('moveItem', () => {
  it('moves one item, the others keeping their order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps to the list’s ends and returns a copy when nothing moves', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(items, 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(items, 1, 1)).not.toBe(items);
    expect(moveItem(items, 5, 0)).toEqual(items);
  });
});

describe('dropIndex', () => {
  it('lands a dragged rule at the position of the one it is dropped on', () => {
    expect(dropIndex(draft.rules, a.id, c.id)).toBe(2);
    expect(dropIndex(draft.rules, d.id, a.id)).toBe(0);
  });

  it('does nothing when dropped outside the list, on itself, or on what is gone', () => {
    expect(dropIndex(draft.rules, a.id, null)).toBeNull();
    expect(dropIndex(draft.rules, a.id, a.id)).toBeNull();
    expect(dropIndex(draft.rules, a.id, uuid(99))).toBeNull();
  });
});

describe('routingDraftReducer', () => {
  it('reorders as a drag or the arrows do', () => {
    const dragged = routingDraftReducer(draft, {
      type: 'move',
      id: a.id,
      to: dropIndex(draft.rules, a.id, c.id)!,
    });
    expect(names(dragged)).toBe('BCAD');
    const up = routingDraftReducer(dragged, { type: 'move', id: a.id, to: 1 });
    expect(names(up)).toBe('BACD');
    expect(names(routingDraftReducer(up, { type: 'move', id: b.id, to: -1 }))).toBe('BACD');
    expect(routingDraftReducer(up, { type: 'move', id: uuid(99), to: 0 })).toBe(up);
  });

  it('edits a rule in place, adds a new one at the end, removes and switches them', () => {
    const renamed = routingDraftReducer(draft, { type: 'put', rule: { ...b, name: 'B2' } });
    expect(renamed.rules.map((each) => each.name)).toEqual(['A', 'B2', 'C', 'D']);
    expect(names(routingDraftReducer(draft, { type: 'put', rule: rule(5, 'E') }))).toBe('ABCDE');
    expect(names(routingDraftReducer(draft, { type: 'remove', id: c.id }))).toBe('ABD');
    const off = routingDraftReducer(draft, { type: 'enable', id: d.id, enabled: false });
    expect(off.rules.map((each) => each.enabled)).toEqual([true, true, true, false]);
  });

  it('sets the default team, and knows when the draft is what was saved', () => {
    const next = routingDraftReducer(draft, { type: 'defaultTeam', teamId: uuid(101) });
    expect(next.defaultTeamId).toBe(uuid(101));
    expect(sameRouting(next, draft)).toBe(false);
    expect(sameRouting(routingDraftReducer(next, { type: 'defaultTeam', teamId: null }), draft)).toBe(true);
    const moved = routingDraftReducer(draft, { type: 'move', id: a.id, to: 1 });
    expect(sameRouting(routingDraftReducer(moved, { type: 'move', id: a.id, to: 0 }), draft)).toBe(true);
    expect(routingDraftReducer(moved, { type: 'reset', routing: draft })).toBe(draft);
  });
});
