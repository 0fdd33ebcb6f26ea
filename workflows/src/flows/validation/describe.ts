// How messages name nodes and outputs: by what the admin sees in the editor, not by internal ids.
import type { FlowNode } from '../schema/flow-graph.schema.js';

/** The node's label when it has one, else its id, quoted. */
export function nodeName(node: FlowNode): string {
  return `"${node.label ?? node.id}"`;
}

/** An output as the editor shows it: a button or row by its title, a branch by its label. */
export function portName(node: FlowNode, port: string): string {
  const option = optionTitle(node, port);
  if (option) return option;
  switch (port) {
    case 'timeout':
      return 'The timeout output';
    case 'no_match':
      return 'The output for replies that match no option';
    case 'else':
      return 'The "else" output';
    default:
      return `The "${port}" output`;
  }
}

function optionTitle(node: FlowNode, port: string): string | undefined {
  switch (node.type) {
    case 'reply_buttons': {
      const button = node.buttons.find((candidate) => candidate.id === port);
      return button && `The "${button.title}" button`;
    }
    case 'list': {
      const row = node.rows.find((candidate) => candidate.id === port);
      return row && `The "${row.title}" row`;
    }
    case 'condition': {
      const branch = node.branches.find((candidate) => candidate.id === port);
      return branch && `The "${branch.label ?? branch.id}" branch`;
    }
    default:
      return undefined;
  }
}
