// The graph's nodes and usable connections, computed once per graph and shared by the rules.
import { outputPorts } from '../ports.js';
import type { FlowEdge, FlowGraph, FlowNode } from '../schema/flow-graph.schema.js';

/** An edge the interpreter would follow: from a real port of an existing node to an existing non-trigger node. */
export interface FlowLink {
  edge: FlowEdge;
  source: FlowNode;
  target: FlowNode;
}

export interface FlowIndex {
  /** By id; with duplicate ids, the first node wins (the duplicate is reported on its own). */
  nodes: ReadonlyMap<string, FlowNode>;
  /** Each node id's position in `graph.nodes`, which orders the problems. */
  order: ReadonlyMap<string, number>;
  /** The first trigger, where runs start; null when there is none. */
  trigger: FlowNode | null;
  /** The first link from each port (the one the interpreter follows), by source node id. */
  outgoing: ReadonlyMap<string, FlowLink[]>;
  /** The links into each node id. */
  incoming: ReadonlyMap<string, FlowLink[]>;
  /** Node ids reached from the trigger along links. */
  reachable: ReadonlySet<string>;
  /** `portKey`s of the ports any edge leaves from, valid or not. */
  wiredPorts: ReadonlySet<string>;
}

/** A (node, port) pair as one key. */
export function portKey(nodeId: string, port: string): string {
  return JSON.stringify([nodeId, port]);
}

const cache = new WeakMap<FlowGraph, FlowIndex>();

/**
 * The index of a parsed graph. Rules are `(graph, context)` functions so each stays small and pure;
 * caching by graph lets them share this work instead of repeating it per rule.
 */
export function flowIndex(graph: FlowGraph): FlowIndex {
  let index = cache.get(graph);
  if (!index) {
    index = buildIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

function buildIndex(graph: FlowGraph): FlowIndex {
  const nodes = new Map<string, FlowNode>();
  const order = new Map<string, number>();
  graph.nodes.forEach((node, position) => {
    if (nodes.has(node.id)) return;
    nodes.set(node.id, node);
    order.set(node.id, position);
  });
  const outgoing = new Map<string, FlowLink[]>();
  const incoming = new Map<string, FlowLink[]>();
  const taken = new Set<string>();
  const wiredPorts = new Set(graph.edges.map((edge) => portKey(edge.source, edge.sourcePort)));
  for (const edge of graph.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target || target.type === 'trigger') continue;
    if (!outputPorts(source).includes(edge.sourcePort)) continue;
    const key = portKey(edge.source, edge.sourcePort);
    if (taken.has(key)) continue;
    taken.add(key);
    const link = { edge, source, target };
    push(outgoing, source.id, link);
    push(incoming, target.id, link);
  }
  const trigger = [...nodes.values()].find((node) => node.type === 'trigger') ?? null;
  return {
    nodes,
    order,
    trigger,
    outgoing,
    incoming,
    reachable: reachableFrom(trigger, outgoing),
    wiredPorts,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reachableFrom(trigger: FlowNode | null, outgoing: ReadonlyMap<string, FlowLink[]>): Set<string> {
  const reached = new Set<string>();
  if (!trigger) return reached;
  const queue = [trigger.id];
  reached.add(trigger.id);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const link of outgoing.get(next) ?? []) {
      if (reached.has(link.target.id)) continue;
      reached.add(link.target.id);
      queue.push(link.target.id);
    }
  }
  return reached;
}
