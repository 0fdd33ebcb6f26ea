import type { FlowNode } from '../../schema/flow-graph.schema.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck } from '../validation.types.js';

/** Why the pattern does not compile (with the flags the interpreter uses), or null when it does. */
function compileError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function regexProblem(node: FlowNode, path: FlowProblem['path'], pattern: string): FlowProblem[] {
  const error = compileError(pattern);
  return error === null
    ? []
    : [problem(node.id, path, 'regex_invalid', `This regular expression does not compile: ${error}.`)];
}

/** The trigger's pattern and conditions' `matches_regex` values are regular expressions that compile. */
export const regexRule: FlowRuleCheck = (graph) =>
  graph.nodes.flatMap((node) => {
    if (node.type === 'trigger')
      return node.match.kind === 'regex' ? regexProblem(node, ['match', 'pattern'], node.match.pattern) : [];
    if (node.type !== 'condition') return [];
    return node.branches.flatMap((branch, i) =>
      branch.rules.flatMap((rule, j) =>
        rule.kind === 'compare' && rule.operator === 'matches_regex'
          ? regexProblem(node, ['branches', i, 'rules', j, 'value'], rule.value)
          : [],
      ),
    );
  });
