import type { NodeStep } from '../step.types.js';

export const endStep: NodeStep<'end'> = (node) => ({
  effects: node.close ? [{ kind: 'close' }] : [],
  next: { kind: 'end', end: { status: 'completed' } },
});
