import { flowGraphSchema, type FlowGraph, type FlowNodeOf } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { addNode, connect, moveNodes, removeElements, replaceNode, setTerminal } from './apply-changes';

const node = (graph: FlowGraph, id: string) => graph.nodes.find((candidate) => candidate.id === id);
const menuOf = (graph: FlowGraph) => node(graph, 'menu') as FlowNodeOf<'reply_buttons'>;
const edgeFrom = (graph: FlowGraph, source: string, port: string) =>
  graph.edges.filter((edge) => edge.source === source && edge.sourcePort === port);

describe('moveNodes', () => {
  it('moves only the nodes asked, keeping the rest identical and the input unchanged', () => {
    const graph = greetingFlow();
    const moved = moveNodes(graph, new Map([['talk', { x: 10, y: 20 }]]));
    expect(node(moved, 'talk')?.position).toEqual({ x: 10, y: 20 });
    expect(node(graph, 'talk')?.position).toEqual({ x: -100, y: 300 });
    moved.nodes.forEach((n, index) => n.id !== 'talk' && expect(n).toBe(graph.nodes[index]));
    expect(moved.edges).toBe(graph.edges);
  });

  it('is the same graph when nothing moves', () => {
    const graph = greetingFlow();
    expect(moveNodes(graph, new Map([['talk', { x: -100, y: 300 }]]))).toBe(graph);
    expect(moveNodes(graph, new Map([['nobody', { x: 1, y: 1 }]]))).toBe(graph);
  });
});

describe('removeElements', () => {
  it('removes a node with every edge into and out of it', () => {
    const graph = greetingFlow();
    const cut = removeElements(graph, ['order_reply'], []);
    expect(node(cut, 'order_reply')).toBeUndefined();
    expect(cut.edges.map((edge) => edge.id)).not.toContain('e-order');
    expect(cut.edges.map((edge) => edge.id)).not.toContain('e-order-done');
    expect(cut.edges).toHaveLength(graph.edges.length - 2);
    expect(node(cut, 'menu')).toBe(node(graph, 'menu'));
    expect(flowGraphSchema.safeParse(cut).success).toBe(true);
  });

  it('removes edges alone, leaving their nodes', () => {
    const graph = greetingFlow();
    const cut = removeElements(graph, [], ['e-talk', 'e-hours']);
    expect(cut.nodes).toBe(graph.nodes);
    expect(cut.edges.map((edge) => edge.id)).toEqual(
      graph.edges.map((edge) => edge.id).filter((id) => id !== 'e-talk' && id !== 'e-hours'),
    );
    expect(removeElements(graph, ['nobody'], ['no-edge'])).toBe(graph);
  });
});

describe('connect', () => {
  it('adds an edge from an open output with a readable id', () => {
    const graph = removeElements(greetingFlow(), [], ['e-hours']);
    const wired = connect(graph, { source: 'menu', sourceHandle: 'hours', target: 'done' });
    expect(edgeFrom(wired, 'menu', 'hours')).toEqual([
      { id: 'e-menu-hours', source: 'menu', sourcePort: 'hours', target: 'done' },
    ]);
  });

  it('replaces the edge that left the output: one edge per output', () => {
    const graph = greetingFlow();
    const wired = connect(graph, { source: 'menu', sourceHandle: 'order', target: 'hours_reply' });
    expect(edgeFrom(wired, 'menu', 'order')).toEqual([
      { id: 'e-menu-order', source: 'menu', sourcePort: 'order', target: 'hours_reply' },
    ]);
    expect(wired.edges).toHaveLength(graph.edges.length);
  });

  it('suffixes the id when it is taken, and takes a null handle as the only output', () => {
    const graph = greetingFlow();
    graph.edges = graph.edges.map((edge) => (edge.id === 'e-talk' ? { ...edge, id: 'e-start-next' } : edge));
    const wired = connect(graph, { source: 'start', sourceHandle: null, target: 'done' });
    expect(edgeFrom(wired, 'start', 'next')).toEqual([
      { id: 'e-start-next_2', source: 'start', sourcePort: 'next', target: 'done' },
    ]);
  });

  it('takes away the "ends the flow" mark of the output, leaving the key out when none are left', () => {
    const graph = greetingFlow();
    const wired = connect(graph, { source: 'menu', sourceHandle: 'no_match', target: 'done' });
    expect(menuOf(wired)).not.toHaveProperty('terminalPorts');
    expect(menuOf(graph).terminalPorts).toEqual(['no_match']);
  });

  it('leaves the graph as it is for a connection the port rules refuse', () => {
    const graph = greetingFlow();
    expect(connect(graph, { source: 'menu', sourceHandle: 'nope', target: 'done' })).toBe(graph);
    expect(connect(graph, { source: 'menu', sourceHandle: 'talk', target: 'start' })).toBe(graph);
    expect(connect(graph, { source: 'menu', sourceHandle: 'talk', target: 'talk' })).toBe(graph);
  });
});

describe('replaceNode', () => {
  it('puts the edited node in place, keeping the other nodes and edges', () => {
    const graph = greetingFlow();
    const edited = { ...menuOf(graph), body: 'Hello!' };
    const next = replaceNode(graph, edited);
    expect(node(next, 'menu')).toBe(edited);
    expect(next.edges).toBe(graph.edges);
    expect(next.nodes.indexOf(edited)).toBe(1);
    expect(replaceNode(next, edited)).toBe(next);
  });

  it('drops edges and marks of outputs the node no longer has', () => {
    const graph = greetingFlow();
    const menu = menuOf(graph);
    const edited = {
      ...menu,
      buttons: menu.buttons.filter((button) => button.id !== 'hours'),
      timeoutMinutes: undefined,
      terminalPorts: ['no_match', 'hours'],
    };
    const next = replaceNode(graph, edited);
    expect(edgeFrom(next, 'menu', 'hours')).toEqual([]);
    expect(edgeFrom(next, 'menu', 'timeout')).toEqual([]);
    expect(edgeFrom(next, 'menu', 'order')).toHaveLength(1);
    expect(menuOf(next).terminalPorts).toEqual(['no_match']);
  });
});

describe('addNode', () => {
  it('adds the node at the end', () => {
    const graph = greetingFlow();
    const end = { id: 'end_2', type: 'end' as const, position: { x: 1, y: 2 }, close: true };
    const next = addNode(graph, end);
    expect(next.nodes.at(-1)).toBe(end);
    expect(next.nodes.slice(0, -1)).toEqual(graph.nodes);
    expect(graph.nodes).toHaveLength(7);
  });
});

describe('setTerminal', () => {
  it('marks an output as ending the flow and drops its edge', () => {
    const graph = greetingFlow();
    const next = setTerminal(graph, 'menu', 'timeout', true);
    expect(menuOf(next).terminalPorts).toEqual(['no_match', 'timeout']);
    expect(edgeFrom(next, 'menu', 'timeout')).toEqual([]);
    expect(setTerminal(next, 'menu', 'timeout', true)).toBe(next);
  });

  it('takes a mark away, leaving the key out when none are left', () => {
    const graph = greetingFlow();
    const next = setTerminal(graph, 'menu', 'no_match', false);
    expect(menuOf(next)).not.toHaveProperty('terminalPorts');
    expect(next.edges).toBe(graph.edges);
    expect(setTerminal(next, 'menu', 'no_match', false)).toBe(next);
  });

  it('ignores an output the node does not have', () => {
    const graph = greetingFlow();
    expect(setTerminal(graph, 'menu', 'nope', true)).toBe(graph);
    expect(setTerminal(graph, 'done', 'next', true)).toBe(graph);
  });
});
