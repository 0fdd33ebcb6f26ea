// Ids the editor, the edges and the interpreter tell things apart by must each name one thing.
import type { FlowNode } from '../../schema/flow-graph.schema.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck } from '../validation.types.js';

/** Outputs a node has whatever its options are: an option with such an id would shadow them. */
const fixedPorts: Partial<Record<FlowNode['type'], readonly string[]>> = {
  // The timeout output appears once a timeout is set, so its name stays reserved without one too.
  reply_buttons: ['timeout', 'no_match'],
  list: ['timeout', 'no_match'],
  condition: ['else'],
};

/** A node's options (each its own output): what they are called and their ids. */
function optionsOf(node: FlowNode): { kind: string; key: string; ids: string[] } | null {
  switch (node.type) {
    case 'reply_buttons':
      return { kind: 'button', key: 'buttons', ids: node.buttons.map((button) => button.id) };
    case 'list':
      return { kind: 'row', key: 'rows', ids: node.rows.map((row) => row.id) };
    case 'condition':
      return { kind: 'branch', key: 'branches', ids: node.branches.map((branch) => branch.id) };
    default:
      return null;
  }
}

/** Whether an id already appeared before position `i` (a map, so 5,000 edges stay fast while the editor types). */
function repeats(ids: string[]): (id: string, i: number) => boolean {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!first.has(id)) first.set(id, i);
  });
  return (id, i) => (first.get(id) ?? i) < i;
}

function optionProblems(node: FlowNode): FlowProblem[] {
  const options = optionsOf(node);
  if (!options) return [];
  const reserved = fixedPorts[node.type] ?? [];
  const { kind, key } = options;
  const repeated = repeats(options.ids);
  return options.ids.flatMap((id, i) => {
    if (reserved.includes(id))
      return [
        problem(
          node.id,
          [key, i, 'id'],
          'duplicate_id',
          `A ${kind} may not have the id "${id}": the node's own "${id}" output has it.`,
        ),
      ];
    if (repeated(id, i))
      return [
        problem(
          node.id,
          [key, i, 'id'],
          'duplicate_id',
          `Two ${kind}s have the id "${id}": each ${kind} is its own output and needs its own id.`,
        ),
      ];
    return [];
  });
}

/** Node ids, edge ids, and the ids of a node's buttons, rows or branches (its outputs) are unique. */
export const duplicateIdsRule: FlowRuleCheck = (graph) => {
  const repeatedNode = repeats(graph.nodes.map((node) => node.id));
  const repeatedEdge = repeats(graph.edges.map((edge) => edge.id));
  return [
    ...graph.nodes.flatMap((node, i) => [
      ...(repeatedNode(node.id, i)
        ? [
            problem(
              node.id,
              ['id'],
              'duplicate_id',
              `Another node has the id "${node.id}" too: each node needs its own id.`,
            ),
          ]
        : []),
      ...optionProblems(node),
    ]),
    ...graph.edges.flatMap((edge, i) =>
      repeatedEdge(edge.id, i)
        ? [
            problem(
              null,
              ['edges', i, 'id'],
              'duplicate_id',
              `Two connections have the id "${edge.id}": each needs its own id.`,
            ),
          ]
        : [],
    ),
  ];
};
