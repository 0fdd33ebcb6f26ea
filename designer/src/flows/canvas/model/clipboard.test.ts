import { flowGraphSchema } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import {
  copyFragment,
  duplicateNodes,
  fragmentSchema,
  fragmentText,
  pasteFragment,
  readFragment,
} from './clipboard';

const offset = { x: 40, y: 40 };

describe('copyFragment', () => {
  it('takes the chosen nodes and only the edges between them', () => {
    const fragment = copyFragment(greetingFlow(), ['menu', 'order_reply', 'done']);
    expect(fragment.nodes.map((node) => node.id)).toEqual(['menu', 'order_reply', 'done']);
    expect(fragment.edges.map((edge) => edge.id)).toEqual(['e-order', 'e-order-done']);
    expect(fragmentSchema.parse(fragment)).toEqual(fragment);
  });
});

describe('readFragment', () => {
  it('reads back a copied fragment', () => {
    const fragment = copyFragment(greetingFlow(), ['menu', 'talk']);
    expect(readFragment(fragmentText(fragment))).toEqual(fragment);
    expect(fragmentText(fragment)).toContain('\n  "kind": "parley.flow-fragment"');
  });

  it('reads a whole flow graph, and an exported flow document', () => {
    const graph = greetingFlow();
    expect(readFragment(JSON.stringify(graph))).toMatchObject({ nodes: graph.nodes, edges: graph.edges });
    const document = { format: 'parley-flow', name: 'Greeting', description: '', graph };
    expect(readFragment(JSON.stringify(document))).toMatchObject({ nodes: graph.nodes, edges: graph.edges });
  });

  it('is null for anything else, without throwing', () => {
    const empty = { ...greetingFlow(), nodes: [], edges: [] };
    const texts = ['', 'hello', '{', 'null', '[]', '{"kind":"parley.flow-fragment"}', JSON.stringify(empty)];
    for (const text of texts) expect(readFragment(text)).toBeNull();
    const broken = copyFragment(greetingFlow(), ['menu']);
    const unknownType = { ...broken, nodes: [{ ...broken.nodes[0], type: 'nope' }] };
    expect(readFragment(JSON.stringify(unknownType))).toBeNull();
  });
});

describe('pasteFragment', () => {
  it('adds copies with fresh ids and edges, moved by the offset, leaving out a second trigger', () => {
    const graph = greetingFlow();
    const fragment = copyFragment(graph, ['start', 'menu', 'talk']);
    const { graph: pasted, pasted: ids } = pasteFragment(graph, fragment, offset);
    expect(ids).toEqual(['menu_2', 'talk_2']);
    expect(pasted.nodes.slice(0, graph.nodes.length)).toEqual(graph.nodes);
    const copy = pasted.nodes.find((node) => node.id === 'menu_2');
    expect(copy).toMatchObject({
      type: 'reply_buttons',
      position: { x: 40, y: 190 },
      terminalPorts: ['no_match'],
    });
    expect(pasted.edges.slice(graph.edges.length)).toEqual([
      { id: 'e-menu_2-talk', source: 'menu_2', sourcePort: 'talk', target: 'talk_2' },
    ]);
    expect(pasted.nodes.filter((node) => node.type === 'trigger')).toHaveLength(1);
    expect(flowGraphSchema.safeParse(pasted).success).toBe(true);
  });

  it('numbers a copy of a numbered id from its readable base', () => {
    const graph = greetingFlow();
    const once = pasteFragment(graph, copyFragment(graph, ['done']), offset);
    const twice = pasteFragment(once.graph, copyFragment(once.graph, ['done_2']), offset);
    expect(twice.pasted).toEqual(['done_3']);
  });

  it('keeps ids another flow does not use, and a trigger when the flow has none', () => {
    const graph = greetingFlow();
    const target = { ...graph, nodes: [], edges: [] };
    const fragment = copyFragment(graph, ['start', 'menu']);
    const { graph: pasted, pasted: ids } = pasteFragment(target, fragment, offset);
    expect(ids).toEqual(['start', 'menu']);
    expect(pasted.edges).toEqual([
      { id: 'e-start-next', source: 'start', sourcePort: 'next', target: 'menu' },
    ]);
  });

  it('pastes one edge per output, and none to nodes left behind', () => {
    const graph = greetingFlow();
    const fragment = copyFragment(graph, ['menu', 'talk']);
    fragment.edges.push(
      { id: 'again', source: 'menu', sourcePort: 'talk', target: 'menu' },
      { id: 'away', source: 'menu', sourcePort: 'order', target: 'elsewhere' },
    );
    const { graph: pasted } = pasteFragment(graph, fragment, offset);
    expect(pasted.edges.slice(graph.edges.length).map((edge) => edge.sourcePort)).toEqual(['talk']);
  });
});

describe('duplicateNodes', () => {
  it('copies and pastes in one', () => {
    const graph = greetingFlow();
    const { graph: next, pasted } = duplicateNodes(graph, ['order_reply', 'done'], offset);
    expect(pasted).toEqual(['order_reply_2', 'done_2']);
    expect(next.edges.at(-1)).toEqual({
      id: 'e-order_reply_2-next',
      source: 'order_reply_2',
      sourcePort: 'next',
      target: 'done_2',
    });
  });
});
