import {
  outputPorts,
  type FlowEdge,
  type FlowGraph,
  type FlowNode,
  type FlowProblem,
} from '@parley/workflows/flows';
import {
  inputHandle,
  type CanvasEdge,
  type CanvasNode,
  type CanvasView,
  type FlowEdgeData,
  type FlowNodeData,
} from './canvas-types';

/** One shared empty list, so a node without problems keeps the same data from render to render. */
const noProblems: readonly FlowProblem[] = Object.freeze([]);

/**
 * The graph's nodes as React Flow draws them. A node whose inputs are all the same as last time
 * (the same schema node and position objects, selection, measured size, problems array, overlay,
 * active and read-only state, and connected ports) is the very object `cache` held, so React Flow
 * and memoised node components skip it; `cache` (by node id) is updated and loses removed nodes.
 */
export function toCanvasNodes(
  graph: FlowGraph,
  view: CanvasView,
  cache: Map<string, CanvasNode>,
): CanvasNode[] {
  const edgePorts = portsWithEdges(graph.edges);
  const nodes = graph.nodes.map((node) => {
    const built = canvasNode(node, view, edgePorts.get(node.id), cache.get(node.id));
    cache.set(node.id, built);
    return built;
  });
  const ids = new Set(graph.nodes.map((node) => node.id));
  for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  return nodes;
}

/**
 * The graph's edges as React Flow draws them, from a node's output to the target's input; `changes`
 * marks edges of a versions diff. An edge whose inputs are unchanged is the object `cache` held.
 */
export function toCanvasEdges(
  graph: FlowGraph,
  view: Pick<CanvasView, 'selectedEdges' | 'readOnly'>,
  changes?: ReadonlyMap<string, 'added' | 'removed'>,
  cache?: Map<string, CanvasEdge>,
): CanvasEdge[] {
  const edges = graph.edges.map((edge) => {
    const selected = view.selectedEdges.has(edge.id);
    const change = changes?.get(edge.id) ?? null;
    const built = canvasEdge(edge, selected, change, view.readOnly, cache?.get(edge.id));
    cache?.set(edge.id, built);
    return built;
  });
  if (cache) {
    const ids = new Set(graph.edges.map((edge) => edge.id));
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  }
  return edges;
}

function canvasNode(
  node: FlowNode,
  view: CanvasView,
  edgePorts: ReadonlySet<string> | undefined,
  previous: CanvasNode | undefined,
): CanvasNode {
  const data = nodeData(node, view, edgePorts, previous?.data);
  const selected = view.selectedNodes.has(node.id);
  const measured = view.measured.get(node.id);
  const ariaLabel = view.nodeLabel?.(node);
  if (
    previous?.data === data &&
    previous.ariaLabel === ariaLabel &&
    previous.position === node.position &&
    previous.selected === selected &&
    previous.measured?.width === measured?.width &&
    previous.measured?.height === measured?.height
  )
    return previous;
  const editable = !view.readOnly;
  return {
    id: node.id,
    type: 'flow',
    position: node.position,
    data,
    selected,
    ...(measured ? { measured } : {}),
    ...(ariaLabel ? { ariaLabel } : {}),
    draggable: editable,
    connectable: editable,
    deletable: editable,
  };
}

function nodeData(
  node: FlowNode,
  view: CanvasView,
  edgePorts: ReadonlySet<string> | undefined,
  previous: FlowNodeData | undefined,
): FlowNodeData {
  const connected = new Set([...(edgePorts ?? []), ...(node.terminalPorts ?? [])]);
  const connectedPorts =
    previous && sameSet(previous.connectedPorts, connected) ? previous.connectedPorts : connected;
  const data: FlowNodeData = {
    node,
    ports: previous?.node === node ? previous.ports : outputPorts(node),
    connectedPorts,
    problems: view.problems.get(node.id) ?? noProblems,
    overlay: view.overlays.get(node.id) ?? null,
    active: view.activeNodeId === node.id,
    readOnly: view.readOnly,
  };
  const same =
    previous !== undefined &&
    previous.node === data.node &&
    previous.connectedPorts === data.connectedPorts &&
    previous.problems === data.problems &&
    previous.overlay === data.overlay &&
    previous.active === data.active &&
    previous.readOnly === data.readOnly;
  return same ? previous : data;
}

function canvasEdge(
  edge: FlowEdge,
  selected: boolean,
  change: FlowEdgeData['change'],
  readOnly: boolean,
  previous: CanvasEdge | undefined,
): CanvasEdge {
  if (
    previous !== undefined &&
    previous.data?.port === edge.sourcePort &&
    previous.source === edge.source &&
    previous.target === edge.target &&
    previous.selected === selected &&
    previous.data.change === change &&
    previous.deletable === !readOnly
  )
    return previous;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourcePort,
    targetHandle: inputHandle,
    selected,
    data: { port: edge.sourcePort, change },
    deletable: !readOnly,
  };
}

/** The outputs that have an edge, by source node id. */
function portsWithEdges(edges: readonly FlowEdge[]): Map<string, Set<string>> {
  const byNode = new Map<string, Set<string>>();
  for (const edge of edges) {
    const ports = byNode.get(edge.source);
    if (ports) ports.add(edge.sourcePort);
    else byNode.set(edge.source, new Set([edge.sourcePort]));
  }
  return byNode;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
