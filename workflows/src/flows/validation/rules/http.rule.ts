import type { HttpRequestNode } from '../../schema/nodes/http-request.node.js';
import { isHostAllowed } from '../allowed-hosts.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck, FlowValidationContext } from '../validation.types.js';

/** Anything in double braces: enough to stand a value in for each placeholder and parse the rest. */
const braces = /\{\{.*?\}\}/g;

function hostProblems(node: HttpRequestNode, context: FlowValidationContext): FlowProblem[] {
  // The part between "//" and the path: a placeholder there would let a variable pick the host.
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(node.url)?.[1] ?? '';
  if (authority.includes('{{'))
    return [
      problem(
        node.id,
        ['url'],
        'host_not_allowed',
        "A request's host must be written out: placeholders may be used only in the path and the query.",
      ),
    ];
  let url: URL;
  try {
    url = new URL(node.url.replace(braces, 'x'));
  } catch {
    return [
      problem(
        node.id,
        ['url'],
        'host_not_allowed',
        'This is not a link a request can go to: check how it is written.',
      ),
    ];
  }
  return isHostAllowed(url, context.allowedHosts)
    ? []
    : [
        problem(
          node.id,
          ['url'],
          'host_not_allowed',
          `Requests may go only to the organisation's allowed hosts, and "${url.host}" is not one of them: add it in the flow settings.`,
        ),
      ];
}

/**
 * A request goes only to a fixed host the organisation allows. The URL class parses it here
 * (browsers and Node have it); this validator is never part of the workflow bundle.
 */
export const httpRule: FlowRuleCheck = (graph, context) =>
  graph.nodes.flatMap((node) => (node.type === 'http_request' ? hostProblems(node, context) : []));
