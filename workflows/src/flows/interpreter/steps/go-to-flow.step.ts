import type { NodeStep } from '../step.types.js';

/** Loads the other flow's published version (an activity), then goes on in it; dropped when it has none. */
export const goToFlowStep: NodeStep<'go_to_flow'> = (node, event) => {
  if (event.kind !== 'call_result')
    return { next: { kind: 'call', call: { kind: 'load_flow', flowId: node.flowId } } };
  if (event.result.kind === 'load_flow' && event.result.flow)
    return { next: { kind: 'switch', flow: event.result.flow } };
  return {
    next: {
      kind: 'end',
      end: { status: 'dropped', reason: 'failed', detail: `flow ${node.flowId} has no published version` },
    },
  };
};
