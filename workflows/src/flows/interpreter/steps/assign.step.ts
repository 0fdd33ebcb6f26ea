import type { NodeStep } from '../step.types.js';

/** People take over through routing; automation ends here. */
export const assignStep: NodeStep<'assign'> = (node) => ({
  effects: [{ kind: 'assign', target: node.target }],
  next: { kind: 'end', end: { status: 'assigned' } },
});
