import { outputPorts, waitingNodeTypes, type FlowGraph, type FlowNode } from '@parley/workflows/flows';
import { inputHandle } from './canvas-types';

/** A connection React Flow proposes: from a node's output (its handle) to a node's input. */
export interface ConnectionAttempt {
  source: string | null;
  /** Missing or null: the node's only output. */
  sourceHandle?: string | null;
  target: string | null;
  targetHandle?: string | null;
}

/**
 * Why a connection cannot be made: `no_port` (no such node, output or input), `trigger_has_no_input`,
 * `self_loop` (back to the same node, which only a node that waits may do: a re-ask loop), or
 * `same_edge` (that output already leads there).
 */
export type ConnectionProblem = 'no_port' | 'trigger_has_no_input' | 'self_loop' | 'same_edge';

/**
 * The output a handle stands for: the handle's id, or — when React Flow gives none — the node's
 * only output. Null when the node has no such output.
 */
export function sourcePortOf(node: FlowNode, handle: string | null | undefined): string | null {
  const ports = outputPorts(node);
  if (handle == null) return ports.length === 1 ? (ports[0] ?? null) : null;
  return ports.includes(handle) ? handle : null;
}

/** Why the schema's port rules refuse the connection, or null when it may be made. */
export function connectionProblem(graph: FlowGraph, c: ConnectionAttempt): ConnectionProblem | null {
  const source = graph.nodes.find((node) => node.id === c.source);
  const target = graph.nodes.find((node) => node.id === c.target);
  if (!source || !target) return 'no_port';
  const port = sourcePortOf(source, c.sourceHandle);
  if (port === null) return 'no_port';
  if (target.type === 'trigger') return 'trigger_has_no_input';
  if (c.targetHandle != null && c.targetHandle !== inputHandle) return 'no_port';
  if (source.id === target.id && !waitingNodeTypes.has(source.type)) return 'self_loop';
  const same = graph.edges.some(
    (edge) => edge.source === source.id && edge.sourcePort === port && edge.target === target.id,
  );
  return same ? 'same_edge' : null;
}

/** Whether the connection may be made: React Flow's `isValidConnection`. */
export function canConnect(graph: FlowGraph, c: ConnectionAttempt): boolean {
  return connectionProblem(graph, c) === null;
}
