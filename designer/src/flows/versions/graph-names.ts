import type { FlowGraph } from '@parley/workflows/flows';

/** A node as the diff names it: its label (else its id) and type, when the graph holds it. */
export function nodeName(graph: FlowGraph | null, id: string): { name: string; type: string | null } {
  const node = graph?.nodes.find((n) => n.id === id);
  return { name: node?.label?.trim() || id, type: node?.type ?? null };
}

/** An edge as the diff names it: "Welcome → Menu (yes)", or its id when the graph doesn't hold it. */
export function edgeName(graph: FlowGraph | null, id: string): string {
  const edge = graph?.edges.find((e) => e.id === id);
  if (!edge) return id;
  return `${nodeName(graph, edge.source).name} → ${nodeName(graph, edge.target).name} (${edge.sourcePort})`;
}
