// One broken thing, one test: the greeting flow validated after a change to it or to its organisation.
import type { FlowGraph } from '../schema/flow-graph.schema.js';
import { validateFlow } from '../validation/validate-flow.js';
import type { FlowProblem, FlowRule, FlowValidationContext } from '../validation/validation.types.js';
import { greetingContext, greetingFlow } from './greeting-flow.js';

/** The problems of the greeting flow once `change` has edited it (in place) and `changeContext` its context. */
export function greetingProblems(
  change: (graph: FlowGraph) => void = () => undefined,
  changeContext: (context: FlowValidationContext) => void = () => undefined,
): FlowProblem[] {
  const graph = greetingFlow();
  const context = greetingContext();
  change(graph);
  changeContext(context);
  return validateFlow(graph, context).problems;
}

/** Only the problems of one rule, to assert on without the others a change may also cause. */
export function problemsOf(problems: FlowProblem[], rule: FlowRule): FlowProblem[] {
  return problems.filter((problem) => problem.rule === rule);
}
