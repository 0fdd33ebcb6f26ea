// Templates, teams, agents and flows a node names must exist in the organisation as it is now.
import type { FlowNode } from '../../schema/flow-graph.schema.js';
import type { SendTemplateNode } from '../../schema/nodes/send-template.node.js';
import { problem } from '../problem.js';
import type { FlowProblem, FlowRuleCheck, FlowValidationContext } from '../validation.types.js';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function templateProblems(node: SendTemplateNode, context: FlowValidationContext): FlowProblem[] {
  const { templateName: name, language } = node;
  const template = context.templates.find(
    (candidate) => candidate.name === name && candidate.language === language,
  );
  if (!template) {
    const languages = context.templates.filter((candidate) => candidate.name === name).map((t) => t.language);
    const elsewhere = languages.length > 0 ? ` (it exists in ${languages.join(', ')})` : '';
    return [
      problem(
        node.id,
        ['templateName'],
        'template_missing',
        `There is no template "${name}" in language "${language}"${elsewhere}.`,
      ),
    ];
  }
  const parameters = (key: 'bodyParameters' | 'headerParameters', what: string): FlowProblem[] => {
    const expected = template[key];
    const given = node[key].length;
    return given === expected
      ? []
      : [
          problem(
            node.id,
            [key],
            'template_parameters',
            `The template "${name}" has ${plural(expected, `${what} parameter`)}, and this node fills ${given}.`,
          ),
        ];
  };
  return [
    ...(template.usable
      ? []
      : [
          problem(
            node.id,
            ['templateName'],
            'template_not_usable',
            `The template "${name}" (${language}) cannot be sent: it is ${template.status}.`,
          ),
        ]),
    ...parameters('bodyParameters', 'body'),
    ...parameters('headerParameters', 'header'),
  ];
}

function nodeProblems(node: FlowNode, context: FlowValidationContext): FlowProblem[] {
  switch (node.type) {
    case 'send_template':
      return templateProblems(node, context);
    case 'assign': {
      const { target } = node;
      if (target.kind === 'team')
        return context.teams.some((team) => team.id === target.teamId)
          ? []
          : [
              problem(
                node.id,
                ['target', 'teamId'],
                'team_missing',
                'The team this node assigns to does not exist: choose another.',
              ),
            ];
      return context.agents.some((agent) => agent.id === target.userId)
        ? []
        : [
            problem(
              node.id,
              ['target', 'userId'],
              'agent_missing',
              'The agent this node assigns to is not in the organisation: choose another.',
            ),
          ];
    }
    case 'go_to_flow': {
      const flow = context.flows.find((candidate) => candidate.id === node.flowId);
      if (!flow)
        return [
          problem(
            node.id,
            ['flowId'],
            'flow_missing',
            'The flow this node goes to does not exist: choose another.',
          ),
        ];
      return flow.published
        ? []
        : [
            problem(
              node.id,
              ['flowId'],
              'flow_missing',
              `The flow "${flow.name}" has no published version to go on in: publish it, or choose another.`,
            ),
          ];
    }
    default:
      return [];
  }
}

/** Every template, team, agent and flow a node names exists (and a template can be sent, with its parameters). */
export const referencesRule: FlowRuleCheck = (graph, context) =>
  graph.nodes.flatMap((node) => nodeProblems(node, context));
