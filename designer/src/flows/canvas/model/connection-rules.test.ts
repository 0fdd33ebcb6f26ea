import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { removeElements } from './apply-changes';
import { inputHandle } from './canvas-types';
import { canConnect, connectionProblem, sourcePortOf, type ConnectionAttempt } from './connection-rules';

const withWait = (graph: FlowGraph): FlowGraph => ({
  ...graph,
  nodes: [
    ...graph.nodes,
    { id: 'wait', type: 'wait_for_reply', position: { x: 0, y: 0 }, timeoutMinutes: 60 },
  ],
});

describe('connectionProblem', () => {
  const graph = greetingFlow();

  it('allows an output to a node, also one already connected elsewhere', () => {
    expect(connectionProblem(graph, { source: 'menu', sourceHandle: 'talk', target: 'done' })).toBeNull();
    expect(
      connectionProblem(graph, {
        source: 'menu',
        sourceHandle: 'talk',
        target: 'done',
        targetHandle: inputHandle,
      }),
    ).toBeNull();
    expect(canConnect(graph, { source: 'start', sourceHandle: null, target: 'talk' })).toBe(true);
  });

  it('refuses unknown nodes, outputs and inputs', () => {
    const attempts: ConnectionAttempt[] = [
      { source: null, sourceHandle: 'next', target: 'done' },
      { source: 'start', sourceHandle: 'next', target: 'nobody' },
      { source: 'menu', sourceHandle: 'nope', target: 'done' },
      { source: 'menu', sourceHandle: null, target: 'done' },
      { source: 'done', sourceHandle: null, target: 'menu' },
      { source: 'menu', sourceHandle: 'talk', target: 'done', targetHandle: 'other' },
    ];
    for (const attempt of attempts) {
      expect(connectionProblem(graph, attempt)).toBe('no_port');
      expect(canConnect(graph, attempt)).toBe(false);
    }
  });

  it('refuses the trigger as a target: it has no input', () => {
    expect(connectionProblem(graph, { source: 'menu', sourceHandle: 'talk', target: 'start' })).toBe(
      'trigger_has_no_input',
    );
  });

  it('refuses a loop to the node itself unless the node waits (a re-ask loop)', () => {
    expect(
      connectionProblem(graph, { source: 'order_reply', sourceHandle: 'next', target: 'order_reply' }),
    ).toBe('self_loop');
    expect(connectionProblem(graph, { source: 'menu', sourceHandle: 'talk', target: 'menu' })).toBeNull();
    const waiting = withWait(graph);
    expect(
      connectionProblem(waiting, { source: 'wait', sourceHandle: 'timeout', target: 'wait' }),
    ).toBeNull();
  });

  it('refuses the edge the output has already', () => {
    expect(connectionProblem(graph, { source: 'menu', sourceHandle: 'talk', target: 'talk' })).toBe(
      'same_edge',
    );
    const cut = removeElements(graph, [], ['e-talk']);
    expect(connectionProblem(cut, { source: 'menu', sourceHandle: 'talk', target: 'talk' })).toBeNull();
  });
});

describe('sourcePortOf', () => {
  const [start, menu] = greetingFlow().nodes;

  it('reads a handle as the output, and a missing one as the only output', () => {
    if (!start || !menu) throw new Error('the greeting flow starts with its trigger and menu');
    expect(sourcePortOf(menu, 'talk')).toBe('talk');
    expect(sourcePortOf(menu, 'nope')).toBeNull();
    expect(sourcePortOf(menu, null)).toBeNull();
    expect(sourcePortOf(start, undefined)).toBe('next');
  });
});
