import { fill } from '../fill.js';
import type { NodeStep } from '../step.types.js';

/**
 * Asks the engine to make the request (an activity; secrets and the allowed hosts are the engine's),
 * then goes on by `success` (a 2xx answer, its mapped fields in variables) or `failure`.
 */
export const httpRequestStep: NodeStep<'http_request'> = (node, event, context) => {
  if (event.kind === 'call_result' && event.result.kind === 'http') {
    const { result } = event;
    return {
      variables: result.ok ? result.values : {},
      next: { kind: 'port', port: result.ok ? 'success' : 'failure' },
      detail: { status: result.status, ...(result.error ? { error: result.error } : {}) },
    };
  }
  return {
    next: {
      kind: 'call',
      call: {
        kind: 'http',
        request: {
          method: node.method,
          url: fill(context, node.url),
          headers: node.headers.map((header) => ({ name: header.name, value: fill(context, header.value) })),
          ...(node.body !== undefined ? { body: fill(context, node.body) } : {}),
          timeoutMs: node.timeoutMs,
          responseMap: node.responseMap,
        },
      },
    },
  };
};
