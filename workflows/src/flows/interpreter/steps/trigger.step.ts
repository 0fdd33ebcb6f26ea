import type { NodeStep } from '../step.types.js';

/** The flow starts: on to the first node. */
export const triggerStep: NodeStep<'trigger'> = () => ({ next: { kind: 'port', port: 'next' } });
