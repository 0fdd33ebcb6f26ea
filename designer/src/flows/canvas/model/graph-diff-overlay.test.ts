import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { addNode, connect, moveNodes, removeElements, replaceNode } from './apply-changes';
import { diffOverlay } from './graph-diff-overlay';

const node = (graph: FlowGraph, id: string) => {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('diffOverlay', () => {
  it('marks nothing between equal graphs, and a move alone as no change', () => {
    const from = greetingFlow();
    const moved = moveNodes(greetingFlow(), new Map([['menu', { x: 500, y: 500 }]]));
    const overlay = diffOverlay(from, moved);
    expect(overlay.nodes.size).toBe(0);
    expect(overlay.edges.size).toBe(0);
    expect(overlay.graph.nodes).toEqual(moved.nodes);
    expect(overlay.graph.edges).toEqual(moved.edges);
  });

  it('marks added, changed and removed nodes, drawing removed ones where they were', () => {
    const from = greetingFlow();
    let to = removeElements(greetingFlow(), ['reminder'], []);
    to = replaceNode(to, { ...node(to, 'hours_reply'), label: 'Hours' });
    to = addNode(to, { id: 'bye', type: 'end', position: { x: 9, y: 9 }, close: true });
    to = connect(to, { source: 'menu', sourceHandle: 'timeout', target: 'bye' });
    const overlay = diffOverlay(from, to);
    expect(Object.fromEntries(overlay.nodes)).toEqual({
      hours_reply: { kind: 'diff', change: 'changed' },
      bye: { kind: 'diff', change: 'added' },
      reminder: { kind: 'diff', change: 'removed' },
    });
    expect(node(overlay.graph, 'reminder')).toEqual(node(from, 'reminder'));
    expect(Object.fromEntries(overlay.edges)).toEqual({
      'e-menu-timeout': 'added',
      'e-timeout': 'removed',
      'e-reminder-done': 'removed',
    });
    const drawn = overlay.graph.edges.map((edge) => edge.id);
    expect(drawn).toEqual(expect.arrayContaining(['e-timeout', 'e-reminder-done', 'e-menu-timeout']));
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('draws an edge whose id now connects elsewhere as removed and added, under two ids', () => {
    const from = greetingFlow();
    const to = greetingFlow();
    to.edges = to.edges.map((edge) => (edge.id === 'e-order' ? { ...edge, target: 'hours_reply' } : edge));
    const overlay = diffOverlay(from, to);
    expect(Object.fromEntries(overlay.edges)).toEqual({ 'e-order': 'added', 'e-order:removed': 'removed' });
    expect(overlay.graph.edges.find((edge) => edge.id === 'e-order:removed')).toMatchObject({
      source: 'menu',
      target: 'order_reply',
    });
  });
});
