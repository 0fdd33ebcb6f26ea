// Placeholders and condition subjects may name only variables set on every way to the node.
import type { FlowNode } from '../../schema/flow-graph.schema.js';
import { builtInVariables, contactPlaceholders, placeholdersIn } from '../../variables.js';
import { variablesDefinedAt } from '../defined-variables.js';
import { flowIndex } from '../flow-index.js';
import { textsOf } from '../node-texts.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck } from '../validation.types.js';

const alwaysSet: ReadonlySet<string> = new Set(builtInVariables);
const known = [
  'a variable (lower-case letters, digits and "_")',
  ...contactPlaceholders.map((name) => `{{${name}}}`),
  '{{secret.NAME}}',
].join(', ');

interface VariableUse {
  path: FlowProblem['path'];
  name: string;
}

/** Condition rules that compare a variable read it, as a placeholder does. */
function subjectUses(node: FlowNode): VariableUse[] {
  if (node.type !== 'condition') return [];
  return node.branches.flatMap((branch, i) =>
    branch.rules.flatMap((rule, j) =>
      rule.kind === 'compare' && rule.subject.kind === 'variable'
        ? [{ path: ['branches', i, 'rules', j, 'subject', 'name'], name: rule.subject.name }]
        : [],
    ),
  );
}

function unknownPlaceholders(node: FlowNode): FlowProblem[] {
  return textsOf(node).flatMap(({ path, text }) =>
    placeholdersIn(text)
      .filter((ref) => ref.kind === 'unknown')
      .map((ref) =>
        problem(
          node.id,
          path,
          'placeholder_unknown',
          `"{{${ref.name}}}" is not a placeholder Parley knows: use ${known}.`,
        ),
      ),
  );
}

function undefinedVariables(node: FlowNode, defined: ReadonlySet<string>): FlowProblem[] {
  const uses: VariableUse[] = [
    ...textsOf(node).flatMap(({ path, text }) =>
      placeholdersIn(text).flatMap((ref) => (ref.kind === 'variable' ? [{ path, name: ref.name }] : [])),
    ),
    ...subjectUses(node),
  ];
  const reported = new Set<string>();
  return uses.flatMap(({ path, name }) => {
    const key = JSON.stringify([path, name]);
    if (alwaysSet.has(name) || defined.has(name) || reported.has(key)) return [];
    reported.add(key);
    return [
      problem(
        node.id,
        path,
        'variable_undefined',
        `The variable "${name}" is not set on every path to this node: set it before (with a variable, a question or a request that saves it).`,
      ),
    ];
  });
}

/**
 * Placeholders are ones Parley knows, and the variables they (and conditions) read are set on
 * every path from the trigger. Nodes the trigger does not reach are left to the reachability rule.
 */
export const variablesRule: FlowRuleCheck = (graph) => {
  const definedAt = variablesDefinedAt(graph);
  const { nodes } = flowIndex(graph);
  return graph.nodes.flatMap((node) => {
    // A second node with a taken id is not part of the dataflow (runs reach only the first).
    const defined = nodes.get(node.id) === node ? definedAt.get(node.id) : undefined;
    return [...unknownPlaceholders(node), ...(defined ? undefinedVariables(node, defined) : [])];
  });
};
