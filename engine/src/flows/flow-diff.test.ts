import type { FlowGraph } from '@parley/workflows/flows';
import { describe, expect, it } from 'vitest';
import { diffFlowGraphs } from './flow-diff.js';
import { menuGraph } from './flows.test-support.js';

const nothing = {
  nodes: { added: [], removed: [], changed: [] },
  edges: { added: [], removed: [] },
  settingsChanged: false,
};

/** The graph with every object's keys in reverse order, as PostgreSQL's jsonb may give it back. */
const reordered = (graph: FlowGraph): FlowGraph =>
  JSON.parse(
    JSON.stringify(graph, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ),
  ) as FlowGraph;

describe('diffFlowGraphs', () => {
  it('finds nothing between a graph and itself with its keys in another order', () => {
    expect(diffFlowGraphs(menuGraph(), reordered(menuGraph()))).toEqual(nothing);
  });

  it('names the changed fields of a node, down to a button title, and a move as position', () => {
    const after = menuGraph();
    const menu = after.nodes[1]!;
    if (menu.type !== 'reply_buttons') throw new Error('the menu is a reply_buttons node');
    menu.buttons[1]!.title = 'Talk to a person';
    menu.position = { x: 40, y: 160 };
    menu.noMatch.maxReasks = 2;
    const diff = diffFlowGraphs(menuGraph(), after);
    expect(diff.nodes.changed).toEqual([
      { id: 'menu', fields: ['position', 'buttons.1.title', 'noMatch.maxReasks'] },
    ]);
    expect(diff.nodes.added).toEqual([]);
    expect(diff.edges).toEqual({ added: [], removed: [] });
  });

  it('names a field set or cleared, and an array grown by one', () => {
    const after = menuGraph();
    const menu = after.nodes[1]!;
    if (menu.type !== 'reply_buttons') throw new Error('the menu is a reply_buttons node');
    menu.footer = 'We answer within the hour';
    delete menu.label;
    menu.buttons.push({ id: 'returns', title: 'Returns' });
    expect(diffFlowGraphs(menuGraph(), after).nodes.changed).toEqual([
      { id: 'menu', fields: ['label', 'buttons.3', 'footer'] },
    ]);
  });

  it('lists nodes and edges added and removed, and a rewired edge as removed and added', () => {
    const before = menuGraph('team-support');
    const after = menuGraph();
    after.nodes.push({ id: 'bye', type: 'end', position: { x: 0, y: 600 }, close: true });
    after.edges = after.edges.map((edge) => (edge.id === 'e-order-done' ? { ...edge, target: 'bye' } : edge));
    const diff = diffFlowGraphs(before, after);
    expect(diff.nodes.added).toEqual(['bye']);
    expect(diff.nodes.removed).toEqual(['talk']);
    expect(diff.nodes.changed).toEqual([{ id: 'menu', fields: ['terminalPorts.1'] }]);
    expect(diff.edges).toEqual({ added: ['e-order-done'], removed: ['e-talk', 'e-order-done'] });
    expect(diff.settingsChanged).toBe(false);
  });

  it('tells a change of settings', () => {
    const after = menuGraph();
    after.settings.stepBudget = 50;
    expect(diffFlowGraphs(menuGraph(), after)).toEqual({ ...nothing, settingsChanged: true });
  });
});
