import { describe, expect, test } from 'vitest';
import { nodeOf, rewire } from '../testing/graph-edits.js';
import { greetingProblems, problemsOf } from '../testing/validate-greeting.js';

const position = { x: 0, y: 0 };

describe('duplicate_id', () => {
  test('two nodes with one id', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({ id: 'done', position, type: 'end', close: false });
    });
    expect(problemsOf(problems, 'duplicate_id')).toEqual([
      {
        nodeId: 'done',
        path: ['id'],
        rule: 'duplicate_id',
        message: 'Another node has the id "done" too: each node needs its own id.',
      },
    ]);
  });

  test('two edges with one id', () => {
    const problems = greetingProblems((graph) => {
      graph.edges[1]!.id = 'e-start';
    });
    expect(problemsOf(problems, 'duplicate_id')).toMatchObject([{ nodeId: null, path: ['edges', 1, 'id'] }]);
  });

  test('two buttons, rows or branches with one id', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'menu', 'reply_buttons').buttons[2]!.id = 'order';
    });
    expect(problemsOf(problems, 'duplicate_id')).toEqual([
      {
        nodeId: 'menu',
        path: ['buttons', 2, 'id'],
        rule: 'duplicate_id',
        message: 'Two buttons have the id "order": each button is its own output and needs its own id.',
      },
    ]);
  });

  test('an option named like one of the node’s own outputs', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'menu', 'reply_buttons').buttons[0]!.id = 'no_match';
      graph.nodes.push({
        id: 'check',
        position,
        type: 'condition',
        branches: [{ id: 'else', match: 'all', rules: [{ kind: 'business_hours', open: true }] }],
      });
    });
    expect(problemsOf(problems, 'duplicate_id')).toEqual([
      expect.objectContaining({ nodeId: 'menu', path: ['buttons', 0, 'id'] }),
      {
        nodeId: 'check',
        path: ['branches', 0, 'id'],
        rule: 'duplicate_id',
        message: 'A branch may not have the id "else": the node\'s own "else" output has it.',
      },
    ]);
  });

  test('a button may not be called "timeout" even before a timeout is set', () => {
    const problems = greetingProblems((graph) => {
      const menu = nodeOf(graph, 'menu', 'reply_buttons');
      delete menu.timeoutMinutes;
      menu.buttons[0]!.id = 'timeout';
    });
    expect(problemsOf(problems, 'duplicate_id')).toMatchObject([
      { nodeId: 'menu', path: ['buttons', 0, 'id'] },
    ]);
  });
});

describe('trigger_count', () => {
  test('no trigger', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes = graph.nodes.filter((node) => node.type !== 'trigger');
      graph.edges = graph.edges.filter((edge) => edge.source !== 'start');
    });
    expect(problems).toEqual([
      {
        nodeId: null,
        path: ['nodes'],
        rule: 'trigger_count',
        message: 'The flow has no trigger: add one to say what starts the flow.',
      },
    ]);
  });

  test('a second trigger is the one reported', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({
        id: 'again',
        position,
        type: 'trigger',
        match: { kind: 'any_message' },
        priority: 0,
      });
      graph.edges.push({ id: 'e-again', source: 'again', sourcePort: 'next', target: 'menu' });
    });
    expect(problemsOf(problems, 'trigger_count')).toMatchObject([{ nodeId: 'again', path: [] }]);
  });
});

describe('edge_invalid', () => {
  test('from a node that does not exist', () => {
    const problems = greetingProblems((graph) => {
      graph.edges.push({ id: 'e-ghost', source: 'ghost', sourcePort: 'next', target: 'menu' });
    });
    expect(problems).toEqual([
      {
        nodeId: null,
        path: ['edges', 8, 'source'],
        rule: 'edge_invalid',
        message: 'A connection starts at node "ghost", which does not exist.',
      },
    ]);
  });

  test('from a port the node does not have', () => {
    const problems = greetingProblems((graph) => {
      graph.edges.push({ id: 'e-x', source: 'menu', sourcePort: 'refund', target: 'done' });
    });
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['ports', 'refund'],
        rule: 'edge_invalid',
        message: 'This node has no output "refund" for a connection to leave from.',
      },
    ]);
  });

  test('a second edge from one port', () => {
    const problems = greetingProblems((graph) => {
      graph.edges.push({ id: 'e-x', source: 'menu', sourcePort: 'order', target: 'done' });
    });
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['ports', 'order'],
        rule: 'edge_invalid',
        message: 'The "My order" button has more than one connection: an output leads to one node.',
      },
    ]);
  });

  test('to a node that does not exist, and into the trigger', () => {
    const problems = greetingProblems((graph) => {
      rewire(graph, 'order_reply', 'next', 'ghost');
      rewire(graph, 'reminder', 'next', 'start');
    });
    expect(problemsOf(problems, 'edge_invalid')).toEqual([
      {
        nodeId: 'order_reply',
        path: ['ports', 'next'],
        rule: 'edge_invalid',
        message: 'A connection leads to node "ghost", which does not exist.',
      },
      {
        nodeId: 'reminder',
        path: ['ports', 'next'],
        rule: 'edge_invalid',
        message: 'A connection leads into the trigger: a flow only starts at its trigger.',
      },
    ]);
  });

  test('an output both connected and marked as ending the flow, or marked without existing', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'menu', 'reply_buttons').terminalPorts = ['no_match', 'hours', 'refund'];
    });
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['terminalPorts', 1],
        rule: 'edge_invalid',
        message:
          'The "Opening hours" button is connected and also marked as ending the flow: remove the connection or the mark.',
      },
      {
        nodeId: 'menu',
        path: ['terminalPorts', 2],
        rule: 'edge_invalid',
        message: 'This node has no output "refund" to mark as ending the flow.',
      },
    ]);
  });
});

describe('port_unconnected', () => {
  test('an output neither connected nor marked as ending the flow', () => {
    const problems = greetingProblems((graph) => {
      graph.edges = graph.edges.filter((edge) => edge.id !== 'e-timeout');
      nodeOf(graph, 'menu', 'reply_buttons').terminalPorts = [];
    });
    expect(problemsOf(problems, 'port_unconnected')).toEqual([
      {
        nodeId: 'menu',
        path: ['ports', 'timeout'],
        rule: 'port_unconnected',
        message:
          'The timeout output is not connected: connect it to the next step or mark it as ending the flow.',
      },
      {
        nodeId: 'menu',
        path: ['ports', 'no_match'],
        rule: 'port_unconnected',
        message:
          'The output for replies that match no option is not connected: connect it to the next step or mark it as ending the flow.',
      },
    ]);
  });

  test('marking it as ending the flow is enough; the timeout output exists only with a timeout', () => {
    const problems = greetingProblems((graph) => {
      graph.edges = graph.edges.filter((edge) => edge.id !== 'e-timeout' && edge.id !== 'e-hours');
      const menu = nodeOf(graph, 'menu', 'reply_buttons');
      delete menu.timeoutMinutes;
      menu.terminalPorts = ['no_match', 'hours'];
      graph.nodes = graph.nodes.filter((node) => node.id !== 'reminder' && node.id !== 'hours_reply');
      graph.edges = graph.edges.filter((edge) => edge.source !== 'reminder' && edge.source !== 'hours_reply');
    });
    expect(problems).toEqual([]);
  });
});

describe('unreachable', () => {
  test('a node no path from the trigger reaches', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({ id: 'orphan', position, type: 'end', close: false });
    });
    expect(problems).toEqual([
      {
        nodeId: 'orphan',
        path: [],
        rule: 'unreachable',
        message: 'No path from the trigger reaches this node: connect it or remove it.',
      },
    ]);
  });

  test('an edge from a port the node does not have reaches nothing', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({ id: 'orphan', position, type: 'end', close: false });
      graph.edges.push({ id: 'e-x', source: 'done', sourcePort: 'next', target: 'orphan' });
    });
    expect(problems.map((problem) => problem.rule)).toEqual(['edge_invalid', 'unreachable']);
  });
});

describe('cycle_without_wait', () => {
  test('a loop through nodes that never wait, reported once on its first node', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({
        id: 'count',
        label: 'Count',
        position,
        type: 'set_variable',
        name: 'count',
        value: '1',
      });
      rewire(graph, 'order_reply', 'next', 'count');
      graph.edges.push({ id: 'e-count', source: 'count', sourcePort: 'next', target: 'order_reply' });
    });
    expect(problems).toEqual([
      {
        nodeId: 'order_reply',
        path: [],
        rule: 'cycle_without_wait',
        message:
          'This loop never waits for the customer or for time, so it would run without end: "order_reply" → "Count" → "order_reply". Add a question, a wait for a reply or a delay to it.',
      },
    ]);
  });

  test('a node that loops to itself', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({
        id: 'check',
        position,
        type: 'condition',
        branches: [{ id: 'open', match: 'all', rules: [{ kind: 'business_hours', open: true }] }],
      });
      rewire(graph, 'reminder', 'next', 'check');
      graph.edges.push({ id: 'e-open', source: 'check', sourcePort: 'open', target: 'check' });
      graph.edges.push({ id: 'e-else', source: 'check', sourcePort: 'else', target: 'done' });
    });
    expect(problems).toMatchObject([{ nodeId: 'check', rule: 'cycle_without_wait' }]);
    expect(problems[0]?.message).toContain('"check" → "check"');
  });

  test('a loop through a waiting node is fine', () => {
    const problems = greetingProblems((graph) => {
      rewire(graph, 'reminder', 'next', 'menu');
    });
    expect(problems).toEqual([]);
  });

  test('two separate loops are two problems', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({ id: 'a', position, type: 'tag_contact', action: 'add', tag: 'a' });
      graph.nodes.push({ id: 'b', position, type: 'tag_contact', action: 'add', tag: 'b' });
      rewire(graph, 'order_reply', 'next', 'a');
      graph.edges.push({ id: 'e-a', source: 'a', sourcePort: 'next', target: 'order_reply' });
      rewire(graph, 'hours_reply', 'next', 'b');
      graph.edges.push({ id: 'e-b', source: 'b', sourcePort: 'next', target: 'b' });
    });
    expect(problems.map((problem) => [problem.nodeId, problem.rule])).toEqual([
      ['order_reply', 'cycle_without_wait'],
      ['b', 'cycle_without_wait'],
    ]);
  });

  test('loops sharing nodes are one problem; a wait elsewhere does not cover a loop that skips it', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push({
        id: 'check',
        position,
        type: 'condition',
        branches: [
          { id: 'again', match: 'all', rules: [{ kind: 'business_hours', open: true }] },
          { id: 'ask', match: 'all', rules: [{ kind: 'business_hours', open: false }] },
        ],
      });
      graph.nodes.push({ id: 'tag', position, type: 'tag_contact', action: 'add', tag: 'looped' });
      rewire(graph, 'hours_reply', 'next', 'check');
      graph.edges.push(
        { id: 'e-again', source: 'check', sourcePort: 'again', target: 'tag' },
        { id: 'e-tag', source: 'tag', sourcePort: 'next', target: 'hours_reply' },
        { id: 'e-ask', source: 'check', sourcePort: 'ask', target: 'menu' },
        { id: 'e-else', source: 'check', sourcePort: 'else', target: 'check' },
      );
    });
    expect(problems).toMatchObject([{ nodeId: 'hours_reply', rule: 'cycle_without_wait' }]);
  });

  test('a long loop is named by its first nodes, and a long chain does not overflow the stack', () => {
    const problems = greetingProblems((graph) => {
      const chain = Array.from({ length: 990 }, (_, i) => `tag${i}`);
      for (const id of chain) graph.nodes.push({ id, position, type: 'tag_contact', action: 'add', tag: id });
      rewire(graph, 'order_reply', 'next', 'tag0');
      chain.forEach((id, i) =>
        graph.edges.push({
          id: `e-${id}`,
          source: id,
          sourcePort: 'next',
          target: chain[i + 1] ?? 'order_reply',
        }),
      );
    });
    expect(problems).toEqual([
      {
        nodeId: 'order_reply',
        path: [],
        rule: 'cycle_without_wait',
        message:
          'This loop never waits for the customer or for time, so it would run without end: "order_reply" → "tag0" → "tag1" → "tag2" → "tag3" → … → "order_reply" (991 nodes). Add a question, a wait for a reply or a delay to it.',
      },
    ]);
  });
});
