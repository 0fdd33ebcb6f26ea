import { flowRules, type FlowProblem } from './validation.types.js';

const ruleRank = new Map<string, number>(flowRules.map((rule, rank) => [rule, rank]));

/**
 * Problems in a stable order the designer can list: the graph's own first, then node by node in
 * the order of `nodes`, and within a node by rule (in `flowRules` order), then as found.
 */
export function sortProblems(problems: FlowProblem[], nodeOrder: ReadonlyMap<string, number>): FlowProblem[] {
  const rank = (problem: FlowProblem) =>
    problem.nodeId === null ? -1 : (nodeOrder.get(problem.nodeId) ?? nodeOrder.size);
  return problems
    .map((problem, found) => ({ problem, found }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (ruleRank.get(a.problem.rule) ?? 0) - (ruleRank.get(b.problem.rule) ?? 0) ||
        a.found - b.found,
    )
    .map(({ problem }) => problem);
}
