import { fill } from '../fill.js';
import type { NodeStep } from '../step.types.js';

export const setVariableStep: NodeStep<'set_variable'> = (node, _event, context) => ({
  variables: { [node.name]: fill(context, node.value) },
  next: { kind: 'port', port: 'next' },
});
