import { flowNodeSchema, flowNodeTypes, outputPorts, type FlowNodeOf } from '@parley/workflows/flows';
import { greetingContext, greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { addNode } from './apply-changes';
import { createNode, freshNodeId, paletteGroups, paletteTypes, type NodeWords } from './node-defaults';

const words: NodeWords = {
  messageText: 'Write your message',
  buttonsBody: 'Choose one',
  buttonTitle: (n) => `Option ${n}`,
  reaskText: 'Please choose one of the options.',
  listBody: 'Choose from the list',
  listButton: 'Options',
  rowTitle: (n) => `Row ${n}`,
  ctaBody: 'Open the link',
  ctaDisplay: 'Open',
  ctaUrl: 'https://designer.parley.test/',
  promptText: 'What is your answer?',
  retryText: 'Please answer again.',
  tag: 'new',
  httpUrl: 'https://designer.parley.test/api',
};
const at = { x: 40, y: 80 };

describe('createNode', () => {
  it('creates every type as a node the schema takes, at the place asked, with a fresh id', () => {
    const graph = greetingFlow();
    for (const type of flowNodeTypes) {
      const node = createNode(type, at, graph, words, greetingContext(), { currentFlowId: 'flow-this' });
      expect(node?.type).toBe(type);
      expect(flowNodeSchema.parse(node)).toEqual(node);
      expect(node?.position).toEqual(at);
      expect(graph.nodes.map((n) => n.id)).not.toContain(node?.id);
    }
  });

  it('gives messages and questions their words and unique ids for their outputs', () => {
    const graph = greetingFlow();
    const buttons = createNode('reply_buttons', at, graph, words) as FlowNodeOf<'reply_buttons'>;
    expect(buttons.buttons).toEqual([
      { id: 'b1', title: 'Option 1' },
      { id: 'b2', title: 'Option 2' },
    ]);
    expect(buttons.noMatch).toEqual({ reaskText: words.reaskText, maxReasks: 1 });
    expect(outputPorts(buttons)).toEqual(['b1', 'b2', 'no_match']);
    const list = createNode('list', at, graph, words) as FlowNodeOf<'list'>;
    expect(list.rows).toEqual([{ id: 'r1', title: 'Row 1' }]);
    expect(createNode('cta_url', at, graph, words)).toMatchObject({ url: words.ctaUrl, displayText: 'Open' });
    expect(createNode('trigger', at, graph, words)).toMatchObject({ match: { kind: 'new_conversation' } });
    expect(createNode('wait_for_reply', at, graph, words)).toMatchObject({ timeoutMinutes: 60 });
    expect(createNode('delay', at, graph, words)).toMatchObject({ minutes: 5 });
    expect(createNode('tag_contact', at, graph, words)).toMatchObject({ action: 'add', tag: 'new' });
    expect(createNode('end', at, graph, words)).toMatchObject({ close: false });
    expect(createNode('condition', at, graph, words)).toMatchObject({
      branches: [{ id: 'c1', match: 'all', rules: [{ kind: 'business_hours', open: true }] }],
    });
  });

  it('numbers ids and variable names the graph already has', () => {
    let graph = greetingFlow();
    const first = createNode('collect_input', at, graph, words) as FlowNodeOf<'collect_input'>;
    graph = addNode(graph, first);
    const second = createNode('collect_input', at, graph, words) as FlowNodeOf<'collect_input'>;
    expect([first.id, first.saveAs]).toEqual(['question', 'answer']);
    expect([second.id, second.saveAs]).toEqual(['question_2', 'answer_2']);
    expect(createNode('send_message', at, graph, words)?.id).toBe('message');
    const setter = createNode('set_variable', at, graph, words);
    expect(setter).toMatchObject({ id: 'set_variable', name: 'value', value: '' });
  });

  it('names the first usable template with an empty parameter for each of its placeholders', () => {
    const context = greetingContext();
    expect(createNode('send_template', at, greetingFlow(), words, context)).toMatchObject({
      templateName: 'order_update',
      language: 'en',
      bodyParameters: [''],
      headerParameters: [],
    });
    context.templates = context.templates.filter((template) => template.name !== 'order_update');
    expect(createNode('send_template', at, greetingFlow(), words, context)).toMatchObject({
      templateName: 'welcome_back',
      bodyParameters: [],
      headerParameters: [''],
    });
  });

  it('assigns to the first team, else the first agent', () => {
    const context = greetingContext();
    expect(createNode('assign', at, greetingFlow(), words, context)).toMatchObject({
      target: { kind: 'team', teamId: 'team-support' },
    });
    context.teams = [];
    expect(createNode('assign', at, greetingFlow(), words, context)).toMatchObject({
      target: { kind: 'agent', userId: 'agent-ana' },
    });
  });

  it('goes to the first published flow that is not this one', () => {
    const context = greetingContext();
    expect(createNode('go_to_flow', at, greetingFlow(), words, context)).toMatchObject({
      flowId: 'flow-returns',
    });
    expect(
      createNode('go_to_flow', at, greetingFlow(), words, context, { currentFlowId: 'flow-returns' }),
    ).toBeNull();
  });

  it('is null when the organisation lacks what the node must name', () => {
    const empty = { ...greetingContext(), templates: [], teams: [], agents: [], flows: [] };
    for (const type of ['send_template', 'assign', 'go_to_flow'] as const) {
      expect(createNode(type, at, greetingFlow(), words, empty)).toBeNull();
      expect(createNode(type, at, greetingFlow(), words)).toBeNull();
    }
  });

  it('sends a request to an allowed host: an exact one first, else a wildcard base', () => {
    const graph = greetingFlow();
    const context = greetingContext();
    expect(createNode('http_request', at, graph, words, context)).toMatchObject({
      method: 'GET',
      url: 'https://api.example.com/',
    });
    context.allowedHosts = ['*.shop.example', 'hooks.example.com:8443'];
    expect(createNode('http_request', at, graph, words, context)).toMatchObject({
      url: 'https://hooks.example.com:8443/',
    });
    context.allowedHosts = ['*.shop.example'];
    expect(createNode('http_request', at, graph, words, context)).toMatchObject({
      url: 'https://shop.example/',
    });
    context.allowedHosts = [];
    expect(createNode('http_request', at, graph, words, context)).toMatchObject({ url: words.httpUrl });
  });
});

describe('freshNodeId', () => {
  it('keeps the base when free, else numbers it, staying within 64 characters', () => {
    const graph = greetingFlow();
    expect(freshNodeId(graph, 'menu_new')).toBe('menu_new');
    expect(freshNodeId(graph, 'menu')).toBe('menu_2');
    const long = 'x'.repeat(64);
    const taken = addNode(graph, { id: long, type: 'end', position: at, close: false });
    expect(freshNodeId(taken, long)).toBe(`${'x'.repeat(62)}_2`);
  });
});

describe('the palette', () => {
  it('shows every type once, the trigger first, in its groups', () => {
    expect([...paletteTypes].sort()).toEqual([...flowNodeTypes].sort());
    expect(paletteTypes[0]).toBe('trigger');
    expect(paletteGroups.map((group) => group.group)).toEqual(['start', 'messages', 'logic', 'endings']);
    expect(paletteGroups.flatMap((group) => group.types)).toEqual(paletteTypes);
    expect(paletteTypes.slice(-3)).toEqual(['assign', 'go_to_flow', 'end']);
  });
});
