// Edits tests make to a valid graph to break one thing in it (the graph is changed in place).
import { outputPorts } from '../ports.js';
import type { FlowGraph, FlowNode, FlowNodeOf, FlowNodeType } from '../schema/flow-graph.schema.js';

/**
 * Puts `node` on the output `port` of `sourceId`: the edge that left that output now leads to the
 * node, and each of the node's outputs goes on to where the edge led (or, when the output was
 * marked as ending the flow or not connected, is marked so). The rest of the graph keeps its
 * meaning, so a test sees only what the node itself breaks.
 */
export function insertAfter(graph: FlowGraph, sourceId: string, port: string, node: FlowNode): FlowGraph {
  const source = graph.nodes.find((candidate) => candidate.id === sourceId);
  const edge = graph.edges.find(
    (candidate) => candidate.source === sourceId && candidate.sourcePort === port,
  );
  const next = edge?.target;
  if (edge) edge.target = node.id;
  else {
    graph.edges.push({ id: `${node.id}--in`, source: sourceId, sourcePort: port, target: node.id });
    if (source?.terminalPorts)
      source.terminalPorts = source.terminalPorts.filter((terminal) => terminal !== port);
  }
  for (const output of outputPorts(node)) {
    if (next === undefined) node.terminalPorts = [...(node.terminalPorts ?? []), output];
    else graph.edges.push({ id: `${node.id}--${output}`, source: node.id, sourcePort: output, target: next });
  }
  graph.nodes.push(node);
  return graph;
}

/** The graph's node with this id and type (the first, when ids repeat), to edit; throws when there is none. */
export function nodeOf<T extends FlowNodeType>(graph: FlowGraph, id: string, type: T): FlowNodeOf<T> {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (node?.type !== type) throw new Error(`no ${type} node "${id}" in the graph`);
  return node as FlowNodeOf<T>;
}

/** Points the output `port` of `sourceId` at `target`: replaces its edge, or adds one and drops the "ends the flow" mark. */
export function rewire(graph: FlowGraph, sourceId: string, port: string, target: string): FlowGraph {
  const edge = graph.edges.find(
    (candidate) => candidate.source === sourceId && candidate.sourcePort === port,
  );
  if (edge) edge.target = target;
  else graph.edges.push({ id: `${sourceId}--${port}--rewired`, source: sourceId, sourcePort: port, target });
  for (const node of graph.nodes)
    if (node.id === sourceId && node.terminalPorts)
      node.terminalPorts = node.terminalPorts.filter((p) => p !== port);
  return graph;
}
