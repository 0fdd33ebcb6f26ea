import type { FlowNode } from '@parley/workflows/flows';

/** Outputs every node of a type has under the same name (the rest are buttons, rows and branches). */
export const fixedPorts = [
  'next',
  'timeout',
  'no_match',
  'else',
  'reply',
  'invalid',
  'success',
  'failure',
] as const;
export type FixedPort = (typeof fixedPorts)[number];

export const isFixedPort = (port: string): port is FixedPort =>
  (fixedPorts as readonly string[]).includes(port);

/** An output that is one of the node's options: which kind, and the title the admin gave it (else its id). */
export function optionPort(
  node: FlowNode,
  port: string,
): { kind: 'button' | 'row' | 'branch'; title: string } | null {
  switch (node.type) {
    case 'reply_buttons': {
      const button = node.buttons.find((candidate) => candidate.id === port);
      return button ? { kind: 'button', title: button.title || button.id } : null;
    }
    case 'list': {
      const row = node.rows.find((candidate) => candidate.id === port);
      return row ? { kind: 'row', title: row.title || row.id } : null;
    }
    case 'condition': {
      const branch = node.branches.find((candidate) => candidate.id === port);
      return branch ? { kind: 'branch', title: branch.label ?? branch.id } : null;
    }
    default:
      return null;
  }
}
