import { problemsByNode, type FlowProblem } from '@parley/workflows/flows';

/** The validator's problems by the node they are on (the graph's own left out), for badges and panels. */
export function nodeProblems(problems: readonly FlowProblem[]): ReadonlyMap<string, readonly FlowProblem[]> {
  const byNode = problemsByNode(problems);
  byNode.delete(null);
  return byNode as ReadonlyMap<string, readonly FlowProblem[]>;
}
