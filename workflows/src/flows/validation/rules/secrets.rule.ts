import { placeholdersIn } from '../../variables.js';
import { textsOf } from '../node-texts.js';
import { problem } from '../problem.js';
import type { FlowRuleCheck } from '../validation.types.js';

/**
 * `{{secret.NAME}}` only where the engine fills it in at the moment a request runs (header values
 * and the body), never in texts a customer sees or a URL that logs keep; and the secret must exist.
 */
export const secretsRule: FlowRuleCheck = (graph, context) =>
  graph.nodes.flatMap((node) =>
    textsOf(node).flatMap(({ path, text, secretsAllowed }) =>
      placeholdersIn(text).flatMap((ref) => {
        if (ref.kind !== 'secret') return [];
        if (!secretsAllowed)
          return [
            problem(
              node.id,
              path,
              'secret_misplaced',
              `Secrets can be used only in a request's header values and body: {{secret.${ref.name}}} would be shown or logged here.`,
            ),
          ];
        return context.secrets.includes(ref.name)
          ? []
          : [
              problem(
                node.id,
                path,
                'secret_missing',
                `There is no secret named "${ref.name}": add it in the flow settings.`,
              ),
            ];
      }),
    ),
  );
