import type { FlowGraph, FlowNode } from '@parley/workflows/flows';

/**
 * Ids a new button, row or branch of the node must not take: its options' ids, the outputs its
 * edges and `terminalPorts` still name (a removed option's connection must not come back to a new
 * one), and its fixed outputs.
 */
export function takenPortIds(node: FlowNode, graph: Pick<FlowGraph, 'edges'>, optionIds: readonly string[]) {
  return new Set([
    ...optionIds,
    ...graph.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourcePort),
    ...(node.terminalPorts ?? []),
    'next',
    'timeout',
    'no_match',
    'else',
  ]);
}

/**
 * A new option's id: `prefix` and the smallest number not taken (`b1`, `b2`…). It is the output
 * edges hang on, so it never changes afterwards, whatever the option's title becomes.
 */
export function nextOptionId(prefix: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
