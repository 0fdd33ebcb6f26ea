// Pure and zod-free: the interpreter (workflow code) and the validator both name ports this way.
import type { FlowEdge, FlowGraph, FlowNode } from './schema/flow-graph.schema.js';

/** The output every single-exit node has. */
export const nextPort = 'next';

/** A node's named outputs, in the order the editor draws them. */
export function outputPorts(node: FlowNode): string[] {
  switch (node.type) {
    case 'trigger':
    case 'send_message':
    case 'cta_url':
    case 'send_template':
    case 'set_variable':
    case 'tag_contact':
    case 'delay':
      return [nextPort];
    case 'reply_buttons':
      return [
        ...node.buttons.map((button) => button.id),
        ...(node.timeoutMinutes ? ['timeout'] : []),
        'no_match',
      ];
    case 'list':
      return [...node.rows.map((row) => row.id), ...(node.timeoutMinutes ? ['timeout'] : []), 'no_match'];
    case 'wait_for_reply':
      return ['reply', 'timeout'];
    case 'condition':
      return [...node.branches.map((branch) => branch.id), 'else'];
    case 'collect_input':
      return ['next', 'invalid', ...(node.timeoutMinutes ? ['timeout'] : [])];
    case 'http_request':
      return ['success', 'failure'];
    case 'assign':
    case 'go_to_flow':
    case 'end':
      return [];
  }
}

/** Node types that wait for the customer or for time: a cycle must pass through one. */
export const waitingNodeTypes: ReadonlySet<FlowNode['type']> = new Set([
  'reply_buttons',
  'list',
  'wait_for_reply',
  'collect_input',
  'delay',
]);

/** The node an output leads to; undefined when the output is not connected (the flow ends there). */
export function followEdge(
  graph: Pick<FlowGraph, 'edges'>,
  nodeId: string,
  port: string,
): string | undefined {
  return graph.edges.find((edge: FlowEdge) => edge.source === nodeId && edge.sourcePort === port)?.target;
}
