import { flowIdSchema } from '@parley/workflows/flows';
import { describe, expect, it } from 'vitest';
import { freshEdgeId, freshId } from './fresh-ids';

describe('freshId', () => {
  it('keeps a free base, else numbers it from 2', () => {
    expect(freshId('menu', new Set())).toBe('menu');
    expect(freshId('menu', new Set(['menu', 'menu_2']))).toBe('menu_3');
  });

  it('stays a valid flow id when the base is long', () => {
    const long = 'a'.repeat(70);
    expect(freshId(long, new Set())).toBe('a'.repeat(64));
    const numbered = freshId(long, new Set(['a'.repeat(64)]));
    expect(numbered).toBe(`${'a'.repeat(62)}_2`);
    expect(flowIdSchema.safeParse(numbered).success).toBe(true);
  });
});

describe('freshEdgeId', () => {
  it('names an edge by its source and output', () => {
    expect(freshEdgeId(new Set(), 'menu', 'talk')).toBe('e-menu-talk');
    expect(freshEdgeId(new Set(['e-menu-talk']), 'menu', 'talk')).toBe('e-menu-talk_2');
  });
});
