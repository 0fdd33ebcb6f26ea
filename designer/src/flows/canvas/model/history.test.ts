import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { moveNodes } from './apply-changes';
import {
  canRedo,
  canUndo,
  commit,
  redo,
  resetHistory,
  settle,
  startHistory,
  transient,
  undo,
} from './history';

const graphs = (count: number): FlowGraph[] => Array.from({ length: count }, () => greetingFlow());
const at = (graph: FlowGraph, x: number) => moveNodes(graph, new Map([['menu', { x, y: 0 }]]));

describe('the graph history', () => {
  it('undoes and redoes commits in order', () => {
    const [a, b, c] = graphs(3) as [FlowGraph, FlowGraph, FlowGraph];
    let h = commit(commit(startHistory(a), b), c);
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe(b);
    h = undo(h);
    expect(h.present).toBe(a);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(b);
    expect(canRedo(h)).toBe(true);
    h = redo(redo(h));
    expect(h.present).toBe(c);
  });

  it('clears the redo steps on a new commit, and ignores the same graph', () => {
    const [a, b, c] = graphs(3) as [FlowGraph, FlowGraph, FlowGraph];
    const h = undo(commit(startHistory(a), b));
    expect(commit(h, a)).toBe(h);
    const next = commit(h, c);
    expect(canRedo(next)).toBe(false);
    expect(undo(next).present).toBe(a);
  });

  it('folds commits with the same merge key into one step', () => {
    const [a, b, c, d] = graphs(4) as [FlowGraph, FlowGraph, FlowGraph, FlowGraph];
    let h = commit(startHistory(a), b, 'menu.body');
    h = commit(h, c, 'menu.body');
    expect(h.past).toEqual([a]);
    expect(h.present).toBe(c);
    h = commit(h, d, 'menu.title');
    expect(undo(h).present).toBe(c);
    expect(undo(undo(h)).present).toBe(a);
  });

  it('does not fold a keystroke after an undo into the undone step', () => {
    const [a, b, c] = graphs(3) as [FlowGraph, FlowGraph, FlowGraph];
    const h = commit(undo(commit(startHistory(a), b, 'k')), c, 'k');
    expect(h.past).toEqual([a]);
    expect(undo(h).present).toBe(a);
  });

  it('makes a drag one step once it settles', () => {
    const a = greetingFlow();
    let h = startHistory(a);
    h = transient(h, at(a, 10));
    h = transient(h, at(h.present, 20));
    expect(h.transientBase).toBe(a);
    expect(h.past).toEqual([]);
    expect(canUndo(h)).toBe(true);
    h = settle(h);
    expect(h.transientBase).toBeNull();
    expect(h.past).toEqual([a]);
    expect(undo(h).present).toBe(a);
    expect(settle(h)).toBe(h);
  });

  it('adds no step for a drag that ended where it started', () => {
    const a = greetingFlow();
    const dragged = transient(startHistory(a), at(a, 10));
    const back = transient(dragged, a);
    expect(settle(back)).toEqual(startHistory(a));
  });

  it('settles a drag before an undo or a commit', () => {
    const [a, b] = graphs(2) as [FlowGraph, FlowGraph];
    const dragging = transient(startHistory(a), at(a, 10));
    expect(undo(dragging).present).toBe(a);
    const committed = commit(dragging, b);
    expect(committed.past).toEqual([a, dragging.present]);
  });

  it('keeps at most 100 steps', () => {
    let h = startHistory(greetingFlow());
    const all = graphs(120);
    for (const graph of all) h = commit(h, graph);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(all[19]);
    expect(h.past.at(-1)).toBe(all[118]);
  });

  it('starts again after a reload', () => {
    const [a, b, c] = graphs(3) as [FlowGraph, FlowGraph, FlowGraph];
    expect(commit(startHistory(a), b)).not.toEqual(resetHistory(c));
    expect(resetHistory(c)).toEqual({
      past: [],
      present: c,
      future: [],
      mergeKey: null,
      transientBase: null,
    });
  });
});
