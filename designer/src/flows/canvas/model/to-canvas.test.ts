import type { FlowProblem } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { moveNodes, removeElements } from './apply-changes';
import { inputHandle, type CanvasEdge, type CanvasNode, type CanvasView } from './canvas-types';
import { toCanvasEdges, toCanvasNodes } from './to-canvas';

const view = (patch: Partial<CanvasView> = {}): CanvasView => ({
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  problems: new Map(),
  overlays: new Map(),
  activeNodeId: null,
  readOnly: false,
  measured: new Map(),
  ...patch,
});

const byId = (nodes: CanvasNode[], id: string) => nodes.find((node) => node.id === id);

describe('toCanvasNodes', () => {
  it('names each node for screen readers, and keeps the node while its name stays', () => {
    const graph = greetingFlow();
    const cache = new Map<string, CanvasNode>();
    const nodeLabel = (node: { id: string; label?: string }) => `Node ${node.label ?? node.id}`;
    const first = toCanvasNodes(graph, view({ nodeLabel }), cache);
    expect(byId(first, 'menu')?.ariaLabel).toBe('Node Main menu');
    const again = toCanvasNodes(graph, view({ nodeLabel }), cache);
    expect(byId(again, 'menu')).toBe(byId(first, 'menu'));
    const renamed = toCanvasNodes(graph, view({ nodeLabel: (node) => `Step ${node.id}` }), cache);
    expect(byId(renamed, 'menu')?.ariaLabel).toBe('Step menu');
  });

  it('draws each node with its ports, connected ports, problems, overlay and state', () => {
    const graph = greetingFlow();
    const problem: FlowProblem = {
      nodeId: 'menu',
      path: ['body'],
      rule: 'channel_limit',
      message: 'too long',
    };
    const nodes = toCanvasNodes(
      graph,
      view({
        selectedNodes: new Set(['menu']),
        problems: new Map([['menu', [problem]]]),
        overlays: new Map([['done', { kind: 'diff', change: 'added' }]]),
        activeNodeId: 'order_reply',
        measured: new Map([['menu', { width: 280, height: 200 }]]),
      }),
      new Map(),
    );
    expect(nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
    const menu = byId(nodes, 'menu');
    expect(menu).toMatchObject({
      type: 'flow',
      position: { x: 0, y: 150 },
      selected: true,
      measured: { width: 280, height: 200 },
      draggable: true,
      connectable: true,
      deletable: true,
    });
    expect(menu?.data.node).toBe(graph.nodes[1]);
    expect(menu?.data.ports).toEqual(['order', 'talk', 'hours', 'timeout', 'no_match']);
    expect([...(menu?.data.connectedPorts ?? [])].sort()).toEqual([
      'hours',
      'no_match',
      'order',
      'talk',
      'timeout',
    ]);
    expect(menu?.data.problems).toEqual([problem]);
    expect(byId(nodes, 'done')?.data.overlay).toEqual({ kind: 'diff', change: 'added' });
    expect(byId(nodes, 'order_reply')?.data.active).toBe(true);
    expect(byId(nodes, 'start')).toMatchObject({ selected: false, data: { problems: [], overlay: null } });
    expect(byId(nodes, 'start')?.measured).toBeUndefined();
    expect(byId(nodes, 'done')?.data.ports).toEqual([]);
  });

  it('leaves open the ports with neither an edge nor an "ends the flow" mark', () => {
    const graph = removeElements(greetingFlow(), [], ['e-hours']);
    const menu = byId(toCanvasNodes(graph, view(), new Map()), 'menu');
    expect(menu?.data.connectedPorts.has('hours')).toBe(false);
    expect(menu?.data.connectedPorts.has('no_match')).toBe(true);
  });

  it('makes a read-only canvas fixed', () => {
    const nodes = toCanvasNodes(greetingFlow(), view({ readOnly: true }), new Map());
    for (const node of nodes) {
      expect(node).toMatchObject({ draggable: false, connectable: false, deletable: false });
      expect(node.data.readOnly).toBe(true);
    }
  });

  it('gives back the same objects when nothing changed, and new ones only for what did', () => {
    const graph = greetingFlow();
    const cache = new Map<string, CanvasNode>();
    const measured = () => new Map([['menu', { width: 280, height: 200 }]]);
    const first = toCanvasNodes(graph, view({ measured: measured() }), cache);
    const again = toCanvasNodes(graph, view({ measured: measured() }), cache);
    expect(again).toEqual(first);
    again.forEach((node, index) => expect(node).toBe(first[index]));

    const moved = toCanvasNodes(moveNodes(graph, new Map([['talk', { x: 5, y: 5 }]])), view(), cache);
    const changed = moved.filter((node, index) => node !== first[index]).map((node) => node.id);
    expect(changed.sort()).toEqual(['menu', 'talk']); // menu: it is no longer measured
    expect(byId(moved, 'talk')?.data.connectedPorts).toBe(byId(first, 'talk')?.data.connectedPorts);

    const selected = toCanvasNodes(graph, view({ selectedNodes: new Set(['done']) }), cache);
    const rebuilt = selected.filter((node, index) => node !== moved[index]).map((node) => node.id);
    expect(rebuilt).toEqual(['talk', 'done']);
  });

  it('rebuilds a node whose problems, overlay or activity changed', () => {
    const graph = greetingFlow();
    const cache = new Map<string, CanvasNode>();
    const first = toCanvasNodes(graph, view(), cache);
    const problems = new Map([['done', [] as FlowProblem[]]]);
    const next = toCanvasNodes(graph, view({ problems, activeNodeId: 'start' }), cache);
    expect(byId(next, 'done')).not.toBe(byId(first, 'done'));
    expect(byId(next, 'start')?.data.active).toBe(true);
    expect(byId(next, 'menu')).toBe(byId(first, 'menu'));
    expect(toCanvasNodes(graph, view({ problems, activeNodeId: 'start' }), cache)).toEqual(next);
  });

  it('keeps the connected-port set while its content stays, and the cache only for nodes still there', () => {
    const graph = greetingFlow();
    const cache = new Map<string, CanvasNode>();
    const first = toCanvasNodes(graph, view(), cache);
    const retargeted = {
      ...graph,
      edges: graph.edges.map((e) => (e.id === 'e-order' ? { ...e, target: 'done' } : e)),
    };
    const second = toCanvasNodes(retargeted, view(), cache);
    expect(byId(second, 'menu')).toBe(byId(first, 'menu'));

    const cut = removeElements(graph, ['reminder'], []);
    const third = toCanvasNodes(cut, view(), cache);
    expect(byId(third, 'menu')?.data.connectedPorts).not.toBe(byId(first, 'menu')?.data.connectedPorts);
    expect(byId(third, 'menu')?.data.connectedPorts.has('timeout')).toBe(false);
    expect(cache.has('reminder')).toBe(false);
    expect(cache.size).toBe(cut.nodes.length);
  });
});

describe('toCanvasEdges', () => {
  it('draws each edge from its output to the input, with its diff mark', () => {
    const graph = greetingFlow();
    const edges = toCanvasEdges(
      graph,
      { selectedEdges: new Set(['e-talk']), readOnly: false },
      new Map([['e-hours', 'removed']]),
    );
    expect(edges).toHaveLength(graph.edges.length);
    expect(edges.find((edge) => edge.id === 'e-talk')).toEqual({
      id: 'e-talk',
      source: 'menu',
      target: 'talk',
      sourceHandle: 'talk',
      targetHandle: inputHandle,
      selected: true,
      data: { port: 'talk', change: null },
      deletable: true,
    });
    expect(edges.find((edge) => edge.id === 'e-hours')?.data?.change).toBe('removed');
    expect(toCanvasEdges(graph, { selectedEdges: new Set(), readOnly: true })[0]?.deletable).toBe(false);
  });

  it('gives back the cached edge while it is the same, and forgets removed ones', () => {
    const graph = greetingFlow();
    const cache = new Map<string, CanvasEdge>();
    const none = { selectedEdges: new Set<string>(), readOnly: false };
    const first = toCanvasEdges(graph, none, undefined, cache);
    const again = toCanvasEdges(graph, none, undefined, cache);
    again.forEach((edge, index) => expect(edge).toBe(first[index]));
    const selected = toCanvasEdges(graph, { ...none, selectedEdges: new Set(['e-start']) }, undefined, cache);
    const rebuilt = selected.filter((edge, index) => edge !== first[index]).map((edge) => edge.id);
    expect(rebuilt).toEqual(['e-start']);
    toCanvasEdges(removeElements(graph, [], ['e-talk']), none, undefined, cache);
    expect(cache.has('e-talk')).toBe(false);
  });
});
