import { describe, expect, it } from 'vitest';
import { message } from './fixtures.test-support';
import { groupByDay } from './group-by-day';

const on = (id: string, day: number, hour: number) =>
  message(id, 0, { createdAt: new Date(2025, 2, day, hour).toISOString() });

describe('groupByDay', () => {
  it('groups consecutive messages by local day', () => {
    const groups = groupByDay([on('a', 1, 9), on('b', 1, 23), on('c', 2, 0), on('d', 4, 12)]);
    expect(groups.map((g) => g.messages.map((m) => m.id))).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(groups[1]?.first).toBe(on('c', 2, 0).createdAt);
  });

  it('returns nothing for an empty thread', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
