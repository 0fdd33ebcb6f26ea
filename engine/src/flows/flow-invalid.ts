import type { FlowProblem } from '@parley/workflows/flows';
import { ApiError } from '../infrastructure/http/api-error.js';

/** The 422 of a graph the validator refuses: every problem, pinned on its node and field. */
export function flowInvalid(what: string, problems: FlowProblem[]): ApiError {
  const first = problems[0];
  const where = first?.nodeId
    ? ` (node ${first.nodeId}: ${first.message})`
    : first
      ? ` (${first.message})`
      : '';
  return new ApiError(
    422,
    'FLOW_INVALID',
    `${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}${where}; fix ${problems.length === 1 ? 'it' : 'them'} first`,
    undefined,
    { problems },
  );
}
