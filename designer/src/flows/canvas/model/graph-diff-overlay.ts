import type { FlowEdge, FlowGraph } from '@parley/workflows/flows';
import { fieldDiff } from '../../../audit/field-diff';
import type { NodeOverlay } from './canvas-types';

/** What the canvas draws for a versions diff, and how it marks each node and edge that differs. */
export interface DiffOverlay {
  /** `to`'s graph with `from`'s removed nodes and edges added back: for display only. */
  graph: FlowGraph;
  nodes: Map<string, NodeOverlay>;
  /** By the drawn graph's edge ids. */
  edges: Map<string, 'added' | 'removed'>;
}

/**
 * The versions diff drawn on one canvas: `to`'s nodes and edges, plus `from`'s removed ones at their
 * old places. Nodes are added, removed or changed (a move alone is no change); an edge is the same
 * when its id connects the same output to the same node, else the old one is removed and the new one
 * added — as the engine's diff counts them. A removed edge whose id `to` uses again is drawn as
 * `<id>:removed`, which no flow id can be.
 */
export function diffOverlay(from: FlowGraph, to: FlowGraph): DiffOverlay {
  const before = new Map(from.nodes.map((node) => [node.id, node]));
  const after = new Set(to.nodes.map((node) => node.id));
  const nodes = new Map<string, NodeOverlay>();
  for (const node of to.nodes) {
    const old = before.get(node.id);
    if (!old) nodes.set(node.id, { kind: 'diff', change: 'added' });
    else if (fieldDiff(old, node).some((change) => change.field !== 'position'))
      nodes.set(node.id, { kind: 'diff', change: 'changed' });
  }
  const removedNodes = from.nodes.filter((node) => !after.has(node.id));
  for (const node of removedNodes) nodes.set(node.id, { kind: 'diff', change: 'removed' });

  const edgesBefore = new Map(from.edges.map((edge) => [edge.id, edge]));
  const edgesAfter = new Map(to.edges.map((edge) => [edge.id, edge]));
  const edges = new Map<string, 'added' | 'removed'>();
  for (const edge of to.edges) if (!sameEdge(edgesBefore.get(edge.id), edge)) edges.set(edge.id, 'added');
  const removedEdges = from.edges
    .filter((edge) => !sameEdge(edgesAfter.get(edge.id), edge))
    .map((edge) => (edgesAfter.has(edge.id) ? { ...edge, id: `${edge.id}:removed` } : edge));
  for (const edge of removedEdges) edges.set(edge.id, 'removed');

  return {
    graph: { ...to, nodes: [...to.nodes, ...removedNodes], edges: [...to.edges, ...removedEdges] },
    nodes,
    edges,
  };
}

function sameEdge(a: FlowEdge | undefined, b: FlowEdge): boolean {
  return a !== undefined && a.source === b.source && a.sourcePort === b.sourcePort && a.target === b.target;
}
