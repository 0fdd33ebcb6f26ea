import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { autoLayout } from './layout';

const position = (graph: FlowGraph, id: string) => {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node.position;
};

describe('autoLayout', () => {
  it('lays the greeting flow out left to right, the menu’s targets in its buttons’ order', async () => {
    const graph = greetingFlow();
    const laidOut = await autoLayout(graph, new Map([['menu', { width: 300, height: 260 }]]));
    expect(laidOut.edges).toBe(graph.edges);
    expect(laidOut.settings).toBe(graph.settings);
    expect(laidOut.nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
    laidOut.nodes.forEach((node, index) => {
      expect({ ...node, position: undefined }).toEqual({ ...graph.nodes[index], position: undefined });
      expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
    });
    const menu = position(laidOut, 'menu');
    expect(position(laidOut, 'start').x).toBeLessThan(menu.x);
    expect(menu.x + 300).toBeLessThan(position(laidOut, 'talk').x);
    const targets = ['order_reply', 'talk', 'hours_reply', 'reminder'].map((id) => position(laidOut, id));
    for (const target of targets) expect(target.x).toBeGreaterThan(menu.x);
    const ys = targets.map((target) => target.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(position(laidOut, 'done').x).toBeGreaterThan(position(laidOut, 'order_reply').x);
  });

  it('lays out a graph with a loop and an edge from an output the node lacks', async () => {
    const graph = greetingFlow();
    graph.edges.push(
      { id: 'loop', source: 'menu', sourcePort: 'no_match', target: 'menu' },
      { id: 'stale', source: 'done', sourcePort: 'next', target: 'menu' },
    );
    const laidOut = await autoLayout(graph, new Map());
    expect(laidOut.nodes).toHaveLength(graph.nodes.length);
    expect(position(laidOut, 'start').x).toBeLessThan(position(laidOut, 'menu').x);
  });
});
