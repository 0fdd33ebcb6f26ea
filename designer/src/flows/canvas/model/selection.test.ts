import { describe, expect, it } from 'vitest';
import { withUpdates } from './selection';

describe('withUpdates', () => {
  it('adds the selected and removes the deselected', () => {
    const next = withUpdates(
      new Set(['a', 'b']),
      new Map([
        ['b', false],
        ['c', true],
      ]),
    );
    expect([...next].sort()).toEqual(['a', 'c']);
  });

  it('keeps the same set when nothing changes, so the canvas does not redraw', () => {
    const set = new Set(['a']);
    expect(
      withUpdates(
        set,
        new Map([
          ['a', true],
          ['b', false],
        ]),
      ),
    ).toBe(set);
  });
});
