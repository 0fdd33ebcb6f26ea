import { flowIndex } from '../flow-index.js';
import { problem } from '../problem.js';
import type { FlowRuleCheck } from '../validation.types.js';

/** Every node can be reached from the trigger (without a trigger, that rule is the one to report). */
export const reachabilityRule: FlowRuleCheck = (graph) => {
  const { trigger, nodes, reachable } = flowIndex(graph);
  if (!trigger) return [];
  return [...nodes.values()]
    .filter((node) => !reachable.has(node.id))
    .map((node) =>
      problem(
        node.id,
        [],
        'unreachable',
        'No path from the trigger reaches this node: connect it or remove it.',
      ),
    );
};
