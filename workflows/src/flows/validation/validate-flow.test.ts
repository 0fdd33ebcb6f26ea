import { describe, expect, test } from 'vitest';
import { greetingContext, greetingFlow } from '../testing/greeting-flow.js';
import { nodeOf } from '../testing/graph-edits.js';
import { problemsByNode, validateFlow } from './validate-flow.js';

describe('validateFlow', () => {
  test('the greeting flow is valid, and comes back parsed', () => {
    const result = validateFlow(greetingFlow(), greetingContext());
    expect(result).toEqual({ ok: true, graph: greetingFlow(), problems: [] });
  });

  test('fills in the schema defaults', () => {
    const { settings: _settings, ...withoutSettings } = greetingFlow();
    const result = validateFlow(withoutSettings, greetingContext());
    expect(result.ok && result.graph.settings).toEqual({ debounceMs: 1_500, stepBudget: 200 });
  });

  test('a problem makes the result not ok, with the parsed graph', () => {
    const graph = greetingFlow();
    nodeOf(graph, 'talk', 'assign').target = { kind: 'team', teamId: 'team-gone' };
    const result = validateFlow(graph, greetingContext());
    expect(result.ok).toBe(false);
    expect(result.graph?.nodes).toHaveLength(7);
    expect(result.problems.map((problem) => problem.rule)).toEqual(['team_missing']);
  });
});

describe('the schema rule', () => {
  test('a node’s issue is pinned on the node, with the path inside it', () => {
    const graph: Record<string, unknown> = { ...greetingFlow() };
    graph.nodes = greetingFlow().nodes.map((node) => (node.id === 'menu' ? { ...node, body: '' } : node));
    const result = validateFlow(graph, greetingContext());
    expect(result).toMatchObject({ ok: false, graph: null });
    expect(result.problems).toEqual([
      { nodeId: 'menu', path: ['body'], rule: 'schema', message: 'Write the text' },
    ]);
  });

  test('an issue outside the nodes, or in a node without an id, is the graph’s, with the full path', () => {
    const graph = { ...greetingFlow(), schemaVersion: 1, edges: 'none', nodes: [{ type: 'end' }] };
    const problems = validateFlow(graph, greetingContext()).problems;
    expect(problems.every((problem) => problem.nodeId === null && problem.rule === 'schema')).toBe(true);
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([['edges'], ['nodes', 0, 'id'], ['nodes', 0, 'position']]),
    );
  });

  test('input that is no graph at all is one problem on the graph', () => {
    for (const input of [null, 42, 'flow', [], { schemaVersion: 2 }]) {
      const result = validateFlow(input, greetingContext());
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems.every((problem) => problem.nodeId === null)).toBe(true);
    }
  });
});

describe('the order of problems', () => {
  test('the graph’s own first, then by node in graph order, then by rule', () => {
    const graph = greetingFlow();
    // The graph's own: a repeated edge id (whose port the trigger does not have).
    graph.edges.push({ id: 'e-start', source: 'start', sourcePort: 'none', target: 'menu' });
    // On `menu` (second node): found by the channel rule, and (earlier in rule order) an unconnected port.
    nodeOf(graph, 'menu', 'reply_buttons').buttons[0]!.title = 'A title far too long for WhatsApp';
    graph.edges = graph.edges.filter((edge) => edge.id !== 'e-hours');
    // On `talk` (fourth node) and `hours_reply` (fifth, now out of reach).
    nodeOf(graph, 'talk', 'assign').target = { kind: 'team', teamId: 'team-gone' };

    const problems = validateFlow(graph, greetingContext()).problems;
    expect(problems.map((problem) => [problem.nodeId, problem.rule])).toEqual([
      [null, 'duplicate_id'],
      ['start', 'edge_invalid'],
      ['menu', 'port_unconnected'],
      ['menu', 'channel_limit'],
      ['talk', 'team_missing'],
      ['hours_reply', 'unreachable'],
    ]);
  });

  test('is the same however often the graph is validated', () => {
    const graph = greetingFlow();
    graph.edges = [];
    const first = validateFlow(graph, greetingContext()).problems;
    expect(validateFlow(graph, greetingContext()).problems).toEqual(first);
  });
});

describe('problemsByNode', () => {
  test('groups by node id, null for the graph, keeping the order', () => {
    const problems = [
      { nodeId: null, path: ['nodes'], rule: 'trigger_count' as const, message: 'a' },
      { nodeId: 'menu', path: ['body'], rule: 'channel_limit' as const, message: 'b' },
      { nodeId: 'menu', path: ['buttons', 1, 'title'], rule: 'channel_limit' as const, message: 'c' },
      { nodeId: 'talk', path: [], rule: 'unreachable' as const, message: 'd' },
    ];
    const grouped = problemsByNode(problems);
    expect([...grouped.keys()]).toEqual([null, 'menu', 'talk']);
    expect(grouped.get('menu')?.map((problem) => problem.message)).toEqual(['b', 'c']);
    expect(problemsByNode([]).size).toBe(0);
  });
});
