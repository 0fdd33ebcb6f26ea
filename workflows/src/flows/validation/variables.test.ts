import { describe, expect, test } from 'vitest';
import type { FlowGraph, FlowNode } from '../schema/flow-graph.schema.js';
import { insertAfter, nodeOf, rewire } from '../testing/graph-edits.js';
import { greetingProblems, problemsOf } from '../testing/validate-greeting.js';

const position = { x: 0, y: 0 };

function say(id: string, text: string): FlowNode {
  return { id, position, type: 'send_message', content: { kind: 'text', text } };
}

function undefinedOnes(change: (graph: FlowGraph) => void) {
  return problemsOf(greetingProblems(change), 'variable_undefined').map((problem) => [
    problem.nodeId,
    problem.path,
  ]);
}

describe('variable_undefined', () => {
  test('contact fields and the last reply are always there', () => {
    expect(
      greetingProblems((graph) => {
        nodeOf(graph, 'menu', 'reply_buttons').body =
          'Hi {{contact.name}} ({{ contact.phone }}), you said {{last_reply}}';
      }),
    ).toEqual([]);
  });

  test('a variable nothing sets', () => {
    expect(
      problemsOf(
        greetingProblems((graph) => {
          nodeOf(graph, 'order_reply', 'send_message').content = {
            kind: 'text',
            text: 'Order {{order_id}} is on its way',
          };
        }),
        'variable_undefined',
      ),
    ).toEqual([
      {
        nodeId: 'order_reply',
        path: ['content', 'text'],
        rule: 'variable_undefined',
        message:
          'The variable "order_id" is not set on every path to this node: set it before (with a variable, a question or a request that saves it).',
      },
    ]);
  });

  test('set on one of two ways in is not enough; on both it is', () => {
    const thanks = (graph: FlowGraph) => {
      graph.nodes.push(say('thanks', 'Thanks, {{name}}'));
      rewire(graph, 'order_reply', 'next', 'thanks');
      rewire(graph, 'hours_reply', 'next', 'thanks');
      graph.edges.push({ id: 'e-thanks', source: 'thanks', sourcePort: 'next', target: 'done' });
      insertAfter(graph, 'menu', 'order', {
        id: 'set1',
        position,
        type: 'set_variable',
        name: 'name',
        value: 'a',
      });
    };
    expect(undefinedOnes(thanks)).toEqual([['thanks', ['content', 'text']]]);
    expect(
      undefinedOnes((graph) => {
        thanks(graph);
        insertAfter(graph, 'menu', 'hours', {
          id: 'set2',
          position,
          type: 'set_variable',
          name: 'name',
          value: 'b',
        });
      }),
    ).toEqual([]);
  });

  test('a question’s answer is set after a valid answer, not after `invalid` or `timeout`', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'menu', 'order', {
        id: 'ask',
        position,
        type: 'collect_input',
        prompt: 'Your order number?',
        inputType: 'number',
        saveAs: 'order_id',
        retryText: 'A number, please.',
        maxAttempts: 2,
        timeoutMinutes: 5,
      });
      graph.nodes.push(say('said_invalid', 'Not {{order_id}}'), say('said_timeout', 'No {{order_id}}'));
      rewire(graph, 'ask', 'invalid', 'said_invalid');
      rewire(graph, 'ask', 'timeout', 'said_timeout');
      graph.edges.push(
        { id: 'e-i', source: 'said_invalid', sourcePort: 'next', target: 'done' },
        { id: 'e-t', source: 'said_timeout', sourcePort: 'next', target: 'done' },
      );
      nodeOf(graph, 'order_reply', 'send_message').content = {
        kind: 'text',
        text: 'Order {{order_id}} is on its way',
      };
    });
    expect(problems).toEqual([
      ['said_invalid', ['content', 'text']],
      ['said_timeout', ['content', 'text']],
    ]);
  });

  test('a wait’s reply is set on `reply`, a request’s fields on `success`', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'menu', 'order', {
        id: 'lookup',
        position,
        type: 'http_request',
        method: 'GET',
        url: 'https://api.example.com/orders',
        headers: [],
        timeoutMs: 1_000,
        responseMap: [{ path: 'order.status', variable: 'status' }],
      });
      graph.nodes.push(say('failed', 'Could not look up {{status}}'));
      rewire(graph, 'lookup', 'failure', 'failed');
      graph.edges.push({ id: 'e-f', source: 'failed', sourcePort: 'next', target: 'done' });
      nodeOf(graph, 'order_reply', 'send_message').content = {
        kind: 'text',
        text: 'Your order is {{status}}',
      };

      insertAfter(graph, 'menu', 'hours', {
        id: 'wait',
        position,
        type: 'wait_for_reply',
        timeoutMinutes: 60,
        saveAs: 'answer',
      });
      graph.nodes.push(say('late', 'You said {{answer}}'));
      rewire(graph, 'wait', 'timeout', 'late');
      graph.edges.push({ id: 'e-l', source: 'late', sourcePort: 'next', target: 'done' });
      nodeOf(graph, 'hours_reply', 'send_message').content = { kind: 'text', text: 'You said {{answer}}' };
    });
    expect(problems).toEqual([
      ['failed', ['content', 'text']],
      ['late', ['content', 'text']],
    ]);
  });

  test('a loop back to a wait keeps what was set before it', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'start', 'next', {
        id: 'set',
        position,
        type: 'set_variable',
        name: 'name',
        value: 'friend',
      });
      nodeOf(graph, 'reminder', 'send_message').content = { kind: 'text', text: 'Still there, {{name}}?' };
      rewire(graph, 'reminder', 'next', 'menu');
    });
    expect(problems).toEqual([]);
  });

  test('what a loop sets is not set the first time round', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'menu', 'timeout', {
        id: 'count',
        position,
        type: 'set_variable',
        name: 'count',
        value: '1',
      });
      nodeOf(graph, 'menu', 'reply_buttons').body = 'How can we help? ({{count}})';
      rewire(graph, 'reminder', 'next', 'menu');
    });
    expect(problems).toEqual([['menu', ['body']]]);
  });

  test('a condition comparing a variable reads it', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'start', 'next', {
        id: 'check',
        position,
        type: 'condition',
        branches: [
          {
            id: 'vip',
            match: 'any',
            rules: [
              {
                kind: 'compare',
                subject: { kind: 'variable', name: 'status' },
                operator: 'equals',
                value: 'vip',
              },
              {
                kind: 'compare',
                subject: { kind: 'variable', name: 'last_reply' },
                operator: 'equals',
                value: '{{email}}',
              },
            ],
          },
        ],
      });
    });
    expect(problems).toEqual([
      ['check', ['branches', 0, 'rules', 1, 'value']],
      ['check', ['branches', 0, 'rules', 0, 'subject', 'name']],
    ]);
  });

  test('a node the trigger does not reach is left to the reachability rule', () => {
    const problems = greetingProblems((graph) => {
      graph.nodes.push(say('orphan', 'Hi {{name}}'));
      graph.edges.push({ id: 'e-o', source: 'orphan', sourcePort: 'next', target: 'done' });
    });
    expect(problems.map((problem) => problem.rule)).toEqual(['unreachable']);
  });

  test('every text of every node is read', () => {
    const problems = undefinedOnes((graph) => {
      insertAfter(graph, 'start', 'next', {
        id: 'request',
        position,
        type: 'http_request',
        method: 'POST',
        url: 'https://api.example.com/{{a}}',
        headers: [{ name: 'X-Id', value: '{{b}}' }],
        body: '{{c}}',
        timeoutMs: 1_000,
        responseMap: [],
      });
      insertAfter(graph, 'start', 'next', {
        id: 'set',
        position,
        type: 'set_variable',
        name: 'x',
        value: '{{d}}',
      });
      const menu = nodeOf(graph, 'menu', 'reply_buttons');
      menu.header = '{{e}}';
      menu.footer = '{{f}}';
      menu.buttons[0]!.title = '{{g}}';
      menu.noMatch.reaskText = '{{h}}';
    });
    expect(problems).toEqual([
      ['menu', ['header']],
      ['menu', ['footer']],
      ['menu', ['buttons', 0, 'title']],
      ['menu', ['noMatch', 'reaskText']],
      ['request', ['url']],
      ['request', ['headers', 0, 'value']],
      ['request', ['body']],
      ['set', ['value']],
    ]);
  });
});

describe('placeholder_unknown', () => {
  test('a contact field Parley does not have, and a name no variable can have', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'menu', 'reply_buttons').body = 'Hi {{contact.age}} {{Name}}';
    });
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['body'],
        rule: 'placeholder_unknown',
        message:
          '"{{contact.age}}" is not a placeholder Parley knows: use a variable (lower-case letters, digits and "_"), {{contact.name}}, {{contact.phone}}, {{contact.language}}, {{secret.NAME}}.',
      },
      expect.objectContaining({
        path: ['body'],
        rule: 'placeholder_unknown',
        message: expect.stringContaining('"{{Name}}"'),
      }),
    ]);
  });
});
