import { flowDocumentSchema } from '@parley/contracts';
import {
  flowEdgeSchema,
  flowGraphSchema,
  flowNodeSchema,
  type FlowEdge,
  type FlowGraph,
  type FlowNode,
} from '@parley/workflows/flows';
import { z } from 'zod';
import { freshEdgeId, freshId } from './fresh-ids';

/** Nodes copied from a flow (with the edges between them), as the system clipboard carries them. */
export const fragmentSchema = z.object({
  kind: z.literal('parley.flow-fragment'),
  schemaVersion: z.literal(1),
  nodes: z.array(flowNodeSchema).min(1).max(1000),
  edges: z.array(flowEdgeSchema),
});
export type Fragment = z.infer<typeof fragmentSchema>;

/** The chosen nodes and only the edges between them (the caller copies only with a selection). */
export function copyFragment(graph: FlowGraph, nodeIds: Iterable<string>): Fragment {
  const ids = new Set(nodeIds);
  return {
    kind: 'parley.flow-fragment',
    schemaVersion: 1,
    nodes: graph.nodes.filter((node) => ids.has(node.id)),
    edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** The fragment as the clipboard's text: readable JSON. */
export function fragmentText(fragment: Fragment): string {
  return JSON.stringify(fragment, null, 2);
}

/**
 * The fragment a pasted text holds: a copied fragment, a whole flow graph or an exported flow
 * document. Null for anything else.
 */
export function readFragment(text: string): Fragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const fragment = fragmentSchema.safeParse(value);
  if (fragment.success) return fragment.data;
  const graph = flowGraphSchema.safeParse(value);
  const document = graph.success ? null : flowDocumentSchema.safeParse(value);
  const whole = graph.success ? graph.data : document?.success ? document.data.graph : null;
  if (!whole || whole.nodes.length === 0) return null;
  return { kind: 'parley.flow-fragment', schemaVersion: 1, nodes: whole.nodes, edges: whole.edges };
}

/**
 * Adds the fragment's nodes, moved by `offset`, with ids the graph does not use (a taken id gets a
 * suffix on its readable base: `message_2` → `message_3`), and its edges between them. A trigger is
 * left out (with its edges) when the graph has one already, as a flow has one trigger. Answers the
 * new nodes' ids, for the canvas to select.
 */
export function pasteFragment(
  graph: FlowGraph,
  fragment: Fragment,
  offset: { x: number; y: number },
): { graph: FlowGraph; pasted: string[] } {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  let hasTrigger = graph.nodes.some((node) => node.type === 'trigger');
  const renamed = new Map<string, string>();
  const nodes: FlowNode[] = [];
  for (const node of fragment.nodes) {
    if (node.type === 'trigger') {
      if (hasTrigger) continue;
      hasTrigger = true;
    }
    const id = nodeIds.has(node.id) ? freshId(node.id.replace(/_\d+$/, '') || node.id, nodeIds) : node.id;
    nodeIds.add(id);
    renamed.set(node.id, id);
    nodes.push({ ...node, id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } });
  }
  const edgeIds = new Set(graph.edges.map((edge) => edge.id));
  const outputs = new Set<string>();
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    const output = `${source}\n${edge.sourcePort}`;
    if (source === undefined || target === undefined || outputs.has(output)) continue;
    outputs.add(output);
    const id = freshEdgeId(edgeIds, source, edge.sourcePort);
    edgeIds.add(id);
    edges.push({ id, source, sourcePort: edge.sourcePort, target });
  }
  return {
    graph: { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] },
    pasted: nodes.map((node) => node.id),
  };
}

/** Copies of the chosen nodes (and the edges between them) beside them: copy and paste in one. */
export function duplicateNodes(
  graph: FlowGraph,
  nodeIds: Iterable<string>,
  offset: { x: number; y: number },
): { graph: FlowGraph; pasted: string[] } {
  return pasteFragment(graph, copyFragment(graph, nodeIds), offset);
}
