import type { FlowProblem, FlowRule } from './validation.types.js';

/** A problem on a node's field (or, with a null node, on the graph). */
export function problem(
  nodeId: string | null,
  path: FlowProblem['path'],
  rule: FlowRule,
  message: string,
): FlowProblem {
  return { nodeId, path, rule, message };
}
