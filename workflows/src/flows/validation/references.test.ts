import { describe, expect, test } from 'vitest';
import type { FlowNode } from '../schema/flow-graph.schema.js';
import { insertAfter, nodeOf } from '../testing/graph-edits.js';
import { greetingProblems } from '../testing/validate-greeting.js';

const position = { x: 0, y: 0 };

function withTemplate(
  templateName: string,
  language: string,
  bodyParameters: string[],
  headerParameters: string[] = [],
) {
  return greetingProblems((graph) => {
    insertAfter(graph, 'start', 'next', {
      id: 'notify',
      position,
      type: 'send_template',
      templateName,
      language,
      bodyParameters,
      headerParameters,
    });
  });
}

describe('templates', () => {
  test('a usable template with its parameters', () => {
    expect(withTemplate('order_update', 'pt_BR', ['{{contact.name}}'])).toEqual([]);
    expect(withTemplate('welcome_back', 'en', [], ['Ana'])).toEqual([]);
  });

  test('template_missing names the languages it exists in', () => {
    expect(withTemplate('order_update', 'de', ['x'])).toEqual([
      {
        nodeId: 'notify',
        path: ['templateName'],
        rule: 'template_missing',
        message: 'There is no template "order_update" in language "de" (it exists in en, pt_BR).',
      },
    ]);
    expect(withTemplate('no_such', 'en', [])[0]?.message).toBe(
      'There is no template "no_such" in language "en".',
    );
  });

  test('template_not_usable says why', () => {
    expect(withTemplate('spring_sale', 'en', [])).toEqual([
      {
        nodeId: 'notify',
        path: ['templateName'],
        rule: 'template_not_usable',
        message: 'The template "spring_sale" (en) cannot be sent: it is rejected.',
      },
    ]);
  });

  test('template_parameters: the body’s and the header’s counts', () => {
    expect(withTemplate('order_update', 'en', [], ['Hi'])).toEqual([
      {
        nodeId: 'notify',
        path: ['bodyParameters'],
        rule: 'template_parameters',
        message: 'The template "order_update" has 1 body parameter, and this node fills 0.',
      },
      {
        nodeId: 'notify',
        path: ['headerParameters'],
        rule: 'template_parameters',
        message: 'The template "order_update" has 0 header parameters, and this node fills 1.',
      },
    ]);
  });
});

describe('teams, agents and flows', () => {
  test('team_missing', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'talk', 'assign').target = { kind: 'team', teamId: 'team-gone' };
    });
    expect(problems).toEqual([
      {
        nodeId: 'talk',
        path: ['target', 'teamId'],
        rule: 'team_missing',
        message: 'The team this node assigns to does not exist: choose another.',
      },
    ]);
  });

  test('agent_missing, and an agent that exists', () => {
    const assignTo = (userId: string) =>
      greetingProblems((graph) => {
        nodeOf(graph, 'talk', 'assign').target = { kind: 'agent', userId };
      });
    expect(assignTo('agent-ana')).toEqual([]);
    expect(assignTo('agent-gone')).toMatchObject([
      { nodeId: 'talk', path: ['target', 'userId'], rule: 'agent_missing' },
    ]);
  });

  test('flow_missing: a flow that does not exist, or has no published version', () => {
    const goTo = (flowId: string) =>
      greetingProblems((graph) => {
        const node: FlowNode = { id: 'talk', position, type: 'go_to_flow', flowId };
        graph.nodes = graph.nodes.map((candidate) => (candidate.id === 'talk' ? node : candidate));
      });
    expect(goTo('flow-returns')).toEqual([]);
    expect(goTo('flow-gone')).toMatchObject([
      {
        nodeId: 'talk',
        path: ['flowId'],
        rule: 'flow_missing',
        message: 'The flow this node goes to does not exist: choose another.',
      },
    ]);
    expect(goTo('flow-draft')).toMatchObject([
      {
        rule: 'flow_missing',
        message:
          'The flow "Draft ideas" has no published version to go on in: publish it, or choose another.',
      },
    ]);
  });
});
