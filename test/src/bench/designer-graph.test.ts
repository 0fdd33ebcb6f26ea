import { outputPorts, validateFlow } from '@parley/workflows/flows';
import { greetingContext } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { designerFlow } from './designer-graph.js';

describe('bench:designer flow', () => {
  it('has 300 nodes of the main kinds, validates with no problem and connects every output', () => {
    const graph = designerFlow();
    expect(graph.nodes).toHaveLength(300);
    expect(validateFlow(graph, greetingContext()).problems).toEqual([]);
    const types = new Set(graph.nodes.map((node) => node.type));
    expect([...types].sort()).toEqual([
      'condition',
      'end',
      'reply_buttons',
      'send_message',
      'set_variable',
      'trigger',
      'wait_for_reply',
    ]);
    for (const node of graph.nodes)
      for (const port of outputPorts(node))
        expect(
          graph.edges.some((edge) => edge.source === node.id && edge.sourcePort === port) ||
            node.terminalPorts?.includes(port),
          `${node.id}.${port}`,
        ).toBe(true);
  });

  it('lays the nodes out on a grid, one node a cell', () => {
    const graph = designerFlow();
    const cells = new Set(graph.nodes.map((node) => `${node.position.x},${node.position.y}`));
    expect(cells.size).toBe(graph.nodes.length);
    const xs = graph.nodes.map((node) => node.position.x);
    const ys = graph.nodes.map((node) => node.position.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(3);
  });

  it.each([2, 9, 10, 17, 1000])('makes a valid flow of exactly %i nodes', (count) => {
    const graph = designerFlow(count);
    expect(graph.nodes).toHaveLength(count);
    expect(validateFlow(graph, greetingContext()).problems).toEqual([]);
  });

  it('needs a trigger and an end at least', () => {
    expect(() => designerFlow(1)).toThrow(RangeError);
  });
});
