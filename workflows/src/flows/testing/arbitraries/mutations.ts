// One-thing breakages of a valid graph, each with the rule it must break.
import { outputPorts } from '../../ports.js';
import type { FlowGraph, FlowNode } from '../../schema/flow-graph.schema.js';
import type { FlowRule } from '../../validation/validation.types.js';
import { insertAfter, rewire } from '../graph-edits.js';
import { pick } from './texts.arbitrary.js';

export interface FlowMutation {
  name: string;
  rule: FlowRule;
  /** Changes the graph (a copy the caller made); `choice` picks among the graph's nodes or outputs. */
  apply: (graph: FlowGraph, choice: number) => unknown;
}

const position = { x: 0, y: 0 } as const;

/** Puts (a copy of) the node right after the trigger (see `insertAfter`). */
function afterTrigger(node: FlowNode): (graph: FlowGraph) => FlowGraph {
  return (graph) => insertAfter(graph, 'start', 'next', structuredClone(node));
}

function message(text: string): FlowNode {
  return { id: 'mutant', position, type: 'send_message', content: { kind: 'text', text } };
}

function buttons(titles: string[]): FlowNode {
  return {
    id: 'mutant',
    position,
    type: 'reply_buttons',
    body: 'Pick one',
    buttons: titles.map((title, i) => ({ id: `m${i}`, title })),
    noMatch: { reaskText: 'Please pick one.', maxReasks: 1 },
  };
}

function template(templateName: string, language: string, bodyParameters: string[]): FlowNode {
  return {
    id: 'mutant',
    position,
    type: 'send_template',
    templateName,
    language,
    bodyParameters,
    headerParameters: [],
  };
}

function request(url: string, header: string): FlowNode {
  return {
    id: 'mutant',
    position,
    type: 'http_request',
    method: 'GET',
    url,
    headers: [{ name: 'Authorization', value: header }],
    timeoutMs: 1_000,
    responseMap: [],
  };
}

export const flowMutations: readonly FlowMutation[] = [
  {
    name: 'remove the trigger',
    rule: 'trigger_count',
    apply: (graph) => ({
      ...graph,
      nodes: graph.nodes.filter((node) => node.type !== 'trigger'),
      edges: graph.edges.filter((edge) => edge.source !== 'start'),
    }),
  },
  {
    name: 'add a second trigger',
    rule: 'trigger_count',
    apply: (graph) => {
      graph.nodes.push({
        id: 'second_start',
        position,
        type: 'trigger',
        match: { kind: 'any_message' },
        priority: 0,
        terminalPorts: ['next'],
      });
      return graph;
    },
  },
  {
    name: 'dangle an edge',
    rule: 'edge_invalid',
    apply: (graph) => {
      graph.edges.push({ id: 'dangling', source: 'start', sourcePort: 'next', target: 'ghost' });
      return graph;
    },
  },
  {
    name: 'connect into the trigger',
    rule: 'edge_invalid',
    apply: (graph) => {
      afterTrigger({ id: 'mutant', position, type: 'tag_contact', action: 'add', tag: 'vip' })(graph);
      return rewire(graph, 'mutant', 'next', 'start');
    },
  },
  {
    name: 'mark an output the node lacks as ending the flow',
    rule: 'edge_invalid',
    apply: (graph, choice) => {
      const node = pick(graph.nodes, choice);
      node.terminalPorts = [...(node.terminalPorts ?? []), 'no_such_output'];
      return graph;
    },
  },
  {
    name: 'disconnect an output',
    rule: 'port_unconnected',
    apply: (graph, choice) => {
      const [nodeId, port] = pick(
        graph.nodes.flatMap((node) => outputPorts(node).map((output) => [node.id, output] as const)),
        choice,
      );
      graph.edges = graph.edges.filter((edge) => edge.source !== nodeId || edge.sourcePort !== port);
      for (const node of graph.nodes)
        if (node.id === nodeId && node.terminalPorts)
          node.terminalPorts = node.terminalPorts.filter((p) => p !== port);
      return graph;
    },
  },
  {
    name: 'add an unreachable node',
    rule: 'unreachable',
    apply: (graph) => {
      graph.nodes.push({ id: 'orphan', position, type: 'end', close: false });
      return graph;
    },
  },
  {
    name: 'reuse a node id',
    rule: 'duplicate_id',
    apply: (graph, choice) => {
      graph.nodes.push({ id: pick(graph.nodes, choice).id, position, type: 'end', close: false });
      return graph;
    },
  },
  {
    name: 'add a loop without a wait',
    rule: 'cycle_without_wait',
    apply: (graph) => {
      afterTrigger({
        id: 'mutant',
        position,
        type: 'condition',
        branches: [{ id: 'again', match: 'all', rules: [{ kind: 'business_hours', open: true }] }],
      })(graph);
      return rewire(graph, 'mutant', 'again', 'mutant');
    },
  },
  {
    name: 'add a fourth button',
    rule: 'schema',
    apply: afterTrigger(buttons(['One', 'Two', 'Three', 'Four'])),
  },
  {
    name: 'drop a required field',
    rule: 'schema',
    apply: (graph, choice) => {
      const node: Partial<FlowNode> = pick(graph.nodes, choice);
      delete node.position;
      return graph;
    },
  },
  {
    name: 'write a button title too long for WhatsApp',
    rule: 'channel_limit',
    apply: afterTrigger(buttons(['A title of twenty-five chars'])),
  },
  {
    name: 'name an unknown template',
    rule: 'template_missing',
    apply: afterTrigger(template('no_such_template', 'en', [])),
  },
  {
    name: 'send a rejected template',
    rule: 'template_not_usable',
    apply: afterTrigger(template('spring_sale', 'en', [])),
  },
  {
    name: 'fill a template with the wrong parameters',
    rule: 'template_parameters',
    apply: afterTrigger(template('order_update', 'en', ['one', 'two'])),
  },
  {
    name: 'assign to an unknown team',
    rule: 'team_missing',
    apply: afterTrigger({
      id: 'mutant',
      position,
      type: 'assign',
      target: { kind: 'team', teamId: 'team-gone' },
    }),
  },
  {
    name: 'assign to an unknown agent',
    rule: 'agent_missing',
    apply: afterTrigger({
      id: 'mutant',
      position,
      type: 'assign',
      target: { kind: 'agent', userId: 'agent-gone' },
    }),
  },
  {
    name: 'go to an unpublished flow',
    rule: 'flow_missing',
    apply: afterTrigger({ id: 'mutant', position, type: 'go_to_flow', flowId: 'flow-draft' }),
  },
  {
    name: 'read a variable never set',
    rule: 'variable_undefined',
    apply: afterTrigger(message('Hi {{never_set}}')),
  },
  {
    name: 'use an unknown placeholder',
    rule: 'placeholder_unknown',
    apply: afterTrigger(message('Hi {{contact.age}}')),
  },
  {
    name: 'show a secret in a message',
    rule: 'secret_misplaced',
    apply: afterTrigger(message('{{secret.API_TOKEN}}')),
  },
  {
    name: 'send a secret that does not exist',
    rule: 'secret_missing',
    apply: afterTrigger(request('https://api.example.com/orders', 'Bearer {{secret.NO_SUCH_SECRET}}')),
  },
  {
    name: 'call a host that is not allowed',
    rule: 'host_not_allowed',
    apply: afterTrigger(request('https://evil.example.net/orders', 'none')),
  },
  {
    name: 'break the trigger pattern',
    rule: 'regex_invalid',
    apply: (graph) => {
      for (const node of graph.nodes)
        if (node.type === 'trigger')
          node.match = { kind: 'regex', pattern: '(unclosed', caseInsensitive: true };
      return graph;
    },
  },
];
