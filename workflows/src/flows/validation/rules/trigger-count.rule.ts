import { problem } from '../problem.js';
import type { FlowRuleCheck } from '../validation.types.js';

/** A flow starts at exactly one trigger: what starts it, and where its runs begin. */
export const triggerCountRule: FlowRuleCheck = (graph) => {
  const triggers = graph.nodes.filter((node) => node.type === 'trigger');
  if (triggers.length === 0)
    return [
      problem(
        null,
        ['nodes'],
        'trigger_count',
        'The flow has no trigger: add one to say what starts the flow.',
      ),
    ];
  return triggers
    .slice(1)
    .map((trigger) =>
      problem(
        trigger.id,
        [],
        'trigger_count',
        'A flow has exactly one trigger, and this is a second one: remove it or move it to a flow of its own.',
      ),
    );
};
