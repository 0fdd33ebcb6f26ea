import { ruleHolds } from '../conditions.js';
import type { NodeStep } from '../step.types.js';

/** The first branch whose rules hold (all, or any), else `else`. */
export const conditionStep: NodeStep<'condition'> = (node, _event, context) => {
  const branch = node.branches.find((candidate) =>
    candidate.match === 'all'
      ? candidate.rules.every((rule) => ruleHolds(rule, context))
      : candidate.rules.some((rule) => ruleHolds(rule, context)),
  );
  return { next: { kind: 'port', port: branch?.id ?? 'else' } };
};
