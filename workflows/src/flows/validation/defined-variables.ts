// Which variables are set on every path from the trigger to a node: a must-be-defined dataflow.
import type { FlowGraph, FlowNode } from '../schema/flow-graph.schema.js';
import { flowIndex, type FlowLink } from './flow-index.js';

/**
 * The variables a node sets for the nodes after one of its outputs. Definitions flow along edges:
 * a question's answer is saved only when it was valid (not on `invalid` or `timeout`), a reply only
 * on `reply`, a request's mapped fields only on `success`.
 */
export function variablesSetBy(node: FlowNode, port: string): string[] {
  switch (node.type) {
    case 'set_variable':
      return [node.name];
    case 'collect_input':
      return port === 'invalid' || port === 'timeout' ? [] : [node.saveAs];
    case 'wait_for_reply':
      return port === 'reply' && node.saveAs ? [node.saveAs] : [];
    case 'http_request':
      return port === 'success' ? node.responseMap.map((entry) => entry.variable) : [];
    default:
      return [];
  }
}

/**
 * For each node the trigger reaches, the variables set on every path to it: the intersection, over
 * the links into it, of what the link's source had plus what it sets on that output. Solved as the
 * greatest fixpoint (a node not yet visited counts as "everything"), so loops back to a node do not
 * take away what every way in sets. Built-in variables are not included: they are always set.
 */
export function variablesDefinedAt(graph: FlowGraph): ReadonlyMap<string, ReadonlySet<string>> {
  const { trigger, incoming, outgoing, reachable } = flowIndex(graph);
  const defined = new Map<string, ReadonlySet<string>>();
  if (!trigger) return defined;
  defined.set(trigger.id, new Set());
  const carried = (link: FlowLink): Set<string> | undefined => {
    const before = defined.get(link.source.id);
    return before && new Set([...before, ...variablesSetBy(link.source, link.edge.sourcePort)]);
  };
  const queue = (outgoing.get(trigger.id) ?? []).map((link) => link.target.id);
  for (let nodeId = queue.shift(); nodeId !== undefined; nodeId = queue.shift()) {
    const ways = (incoming.get(nodeId) ?? [])
      .filter((link) => reachable.has(link.source.id))
      .map(carried)
      .filter((names): names is Set<string> => names !== undefined);
    const [first, ...rest] = ways;
    if (!first) continue;
    const next = new Set([...first].filter((name) => rest.every((names) => names.has(name))));
    const previous = defined.get(nodeId);
    // Sets only shrink as more ways in are known, so one of the same size is the same set.
    if (previous && previous.size === next.size) continue;
    defined.set(nodeId, next);
    queue.push(...(outgoing.get(nodeId) ?? []).map((link) => link.target.id));
  }
  return defined;
}
