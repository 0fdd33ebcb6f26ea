import { outputPorts, type FlowEdge, type FlowGraph, type FlowNode } from '@parley/workflows/flows';
import { connectionProblem, sourcePortOf } from './connection-rules';
import { freshEdgeId } from './fresh-ids';

// Edits of the canvas on the immutable graph: each returns a new graph (or the same one when
// nothing changed), keeping every node and edge it does not change the identical object.

/** Moves nodes to new positions (a drag, or a layout). */
export function moveNodes(graph: FlowGraph, moves: ReadonlyMap<string, { x: number; y: number }>): FlowGraph {
  let moved = false;
  const nodes = graph.nodes.map((node) => {
    const to = moves.get(node.id);
    if (!to || (to.x === node.position.x && to.y === node.position.y)) return node;
    moved = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return moved ? { ...graph, nodes } : graph;
}

/** Removes nodes (with every edge into or out of them) and edges. */
export function removeElements(
  graph: FlowGraph,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): FlowGraph {
  const nodesGone = new Set(nodeIds);
  const edgesGone = new Set(edgeIds);
  const nodes = graph.nodes.filter((node) => !nodesGone.has(node.id));
  const edges = graph.edges.filter(
    (edge) => !edgesGone.has(edge.id) && !nodesGone.has(edge.source) && !nodesGone.has(edge.target),
  );
  const sameNodes = nodes.length === graph.nodes.length;
  const sameEdges = edges.length === graph.edges.length;
  if (sameNodes && sameEdges) return graph;
  return { ...graph, nodes: sameNodes ? graph.nodes : nodes, edges: sameEdges ? graph.edges : edges };
}

/**
 * Connects a node's output to a node: the new edge replaces the one that left that output (one
 * edge per output), and the output is no longer marked as ending the flow. A connection the port
 * rules refuse leaves the graph as it is.
 */
export function connect(
  graph: FlowGraph,
  c: { source: string; sourceHandle: string | null; target: string },
): FlowGraph {
  const source = graph.nodes.find((node) => node.id === c.source);
  const port = source ? sourcePortOf(source, c.sourceHandle) : null;
  if (!source || port === null || connectionProblem(graph, { ...c, sourceHandle: port }) !== null)
    return graph;
  const kept = graph.edges.filter((edge) => !(edge.source === source.id && edge.sourcePort === port));
  const edge: FlowEdge = {
    id: freshEdgeId(new Set(kept.map((e) => e.id)), source.id, port),
    source: source.id,
    sourcePort: port,
    target: c.target,
  };
  const nodes = source.terminalPorts?.includes(port)
    ? graph.nodes.map((node) =>
        node === source ? withTerminalPorts(node, node.terminalPorts?.filter((p) => p !== port) ?? []) : node,
      )
    : graph.nodes;
  return { ...graph, nodes, edges: [...kept, edge] };
}

/**
 * Puts an edited node (from the property panel) in place of the node with its id: edges from
 * outputs it no longer has go, and so do "ends the flow" marks on them.
 */
export function replaceNode(graph: FlowGraph, node: FlowNode): FlowGraph {
  const old = graph.nodes.find((candidate) => candidate.id === node.id);
  if (!old || old === node) return graph;
  const ports = new Set(outputPorts(node));
  const terminal = node.terminalPorts?.filter((port) => ports.has(port));
  const next =
    terminal && terminal.length !== node.terminalPorts?.length ? withTerminalPorts(node, terminal) : node;
  const edges = graph.edges.filter((edge) => edge.source !== node.id || ports.has(edge.sourcePort));
  return {
    ...graph,
    nodes: graph.nodes.map((candidate) => (candidate === old ? next : candidate)),
    edges: edges.length === graph.edges.length ? graph.edges : edges,
  };
}

/** Adds a node (from the palette). */
export function addNode(graph: FlowGraph, node: FlowNode): FlowGraph {
  return { ...graph, nodes: [...graph.nodes, node] };
}

/**
 * Marks a node's output as ending the flow there (dropping its edge), or takes the mark away. An
 * output the node does not have, or a mark already as asked, leaves the graph as it is.
 */
export function setTerminal(graph: FlowGraph, nodeId: string, port: string, terminal: boolean): FlowGraph {
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  if (!node || !outputPorts(node).includes(port)) return graph;
  const marks = node.terminalPorts ?? [];
  const edges = terminal
    ? graph.edges.filter((edge) => !(edge.source === nodeId && edge.sourcePort === port))
    : graph.edges;
  if (marks.includes(port) === terminal && edges.length === graph.edges.length) return graph;
  const next =
    marks.includes(port) === terminal
      ? node
      : withTerminalPorts(node, terminal ? [...marks, port] : marks.filter((p) => p !== port));
  return {
    ...graph,
    nodes: graph.nodes.map((candidate) => (candidate === node ? next : candidate)),
    edges: edges.length === graph.edges.length ? graph.edges : edges,
  };
}

/** The node with these "ends the flow" marks; without any, the key is left out. */
function withTerminalPorts(node: FlowNode, ports: readonly string[]): FlowNode {
  const next = { ...node };
  if (ports.length > 0) next.terminalPorts = [...ports];
  else delete next.terminalPorts;
  return next;
}
