// Connections the interpreter can follow: from an output the node has, to a node that exists.
import { outputPorts } from '../../ports.js';
import type { FlowEdge, FlowGraph, FlowNode } from '../../schema/flow-graph.schema.js';
import { portName } from '../describe.js';
import { flowIndex, portKey } from '../flow-index.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck } from '../validation.types.js';

function edgeProblems(graph: FlowGraph): FlowProblem[] {
  const { nodes } = flowIndex(graph);
  const used = new Set<string>();
  return graph.edges.flatMap((edge: FlowEdge, i): FlowProblem[] => {
    const source = nodes.get(edge.source);
    if (!source)
      return [
        problem(
          null,
          ['edges', i, 'source'],
          'edge_invalid',
          `A connection starts at node "${edge.source}", which does not exist.`,
        ),
      ];
    const at = ['ports', edge.sourcePort];
    const problems: FlowProblem[] = [];
    const key = portKey(edge.source, edge.sourcePort);
    if (!outputPorts(source).includes(edge.sourcePort))
      problems.push(
        problem(
          source.id,
          at,
          'edge_invalid',
          `This node has no output "${edge.sourcePort}" for a connection to leave from.`,
        ),
      );
    else if (used.has(key))
      problems.push(
        problem(
          source.id,
          at,
          'edge_invalid',
          `${portName(source, edge.sourcePort)} has more than one connection: an output leads to one node.`,
        ),
      );
    used.add(key);
    const target = nodes.get(edge.target);
    if (!target)
      problems.push(
        problem(
          source.id,
          at,
          'edge_invalid',
          `A connection leads to node "${edge.target}", which does not exist.`,
        ),
      );
    else if (target.type === 'trigger')
      problems.push(
        problem(
          source.id,
          at,
          'edge_invalid',
          'A connection leads into the trigger: a flow only starts at its trigger.',
        ),
      );
    return problems;
  });
}

/** Outputs marked as ending the flow must be outputs of the node, and not connected as well. */
function terminalPortProblems(graph: FlowGraph, node: FlowNode): FlowProblem[] {
  const ports = outputPorts(node);
  return (node.terminalPorts ?? []).flatMap((port, i) => {
    if (!ports.includes(port))
      return [
        problem(
          node.id,
          ['terminalPorts', i],
          'edge_invalid',
          `This node has no output "${port}" to mark as ending the flow.`,
        ),
      ];
    if (flowIndex(graph).wiredPorts.has(portKey(node.id, port)))
      return [
        problem(
          node.id,
          ['terminalPorts', i],
          'edge_invalid',
          `${portName(node, port)} is connected and also marked as ending the flow: remove the connection or the mark.`,
        ),
      ];
    return [];
  });
}

/** Each edge leaves a real output (one edge per output) for an existing node other than the trigger. */
export const edgesRule: FlowRuleCheck = (graph) => [
  ...edgeProblems(graph),
  ...graph.nodes.flatMap((node) => terminalPortProblems(graph, node)),
];
