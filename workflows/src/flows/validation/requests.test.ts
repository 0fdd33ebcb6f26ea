import { describe, expect, test } from 'vitest';
import type { FlowNode } from '../schema/flow-graph.schema.js';
import { insertAfter, nodeOf } from '../testing/graph-edits.js';
import { greetingProblems } from '../testing/validate-greeting.js';
import { isHostAllowed } from './allowed-hosts.js';

const position = { x: 0, y: 0 };

function request(url: string, fields: Partial<Extract<FlowNode, { type: 'http_request' }>> = {}): FlowNode {
  return {
    id: 'request',
    position,
    type: 'http_request',
    method: 'POST',
    url,
    headers: [],
    timeoutMs: 1_000,
    responseMap: [],
    ...fields,
  };
}

function withRequest(node: FlowNode) {
  return greetingProblems((graph) => {
    insertAfter(graph, 'start', 'next', node);
  });
}

describe('secrets', () => {
  test('in a request’s header values and body', () => {
    expect(
      withRequest(
        request('https://api.example.com/orders', {
          headers: [{ name: 'Authorization', value: 'Bearer {{secret.API_TOKEN}}' }],
          body: '{"token":"{{ secret.API_TOKEN }}"}',
        }),
      ),
    ).toEqual([]);
  });

  test('secret_missing', () => {
    expect(withRequest(request('https://api.example.com/', { body: '{{secret.OTHER}}' }))).toEqual([
      {
        nodeId: 'request',
        path: ['body'],
        rule: 'secret_missing',
        message: 'There is no secret named "OTHER": add it in the flow settings.',
      },
    ]);
  });

  test('secret_misplaced: in a link, or in a text the customer sees', () => {
    expect(withRequest(request('https://api.example.com/?key={{secret.API_TOKEN}}'))).toMatchObject([
      { nodeId: 'request', path: ['url'], rule: 'secret_misplaced' },
    ]);
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'menu', 'reply_buttons').footer = '{{secret.API_TOKEN}}';
    });
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['footer'],
        rule: 'secret_misplaced',
        message:
          "Secrets can be used only in a request's header values and body: {{secret.API_TOKEN}} would be shown or logged here.",
      },
    ]);
  });
});

describe('host_not_allowed', () => {
  test('an allowed host, with placeholders in the path and query', () => {
    expect(withRequest(request('https://api.example.com/orders/{{contact.phone}}?q={{last_reply}}'))).toEqual(
      [],
    );
    expect(withRequest(request('https://eu.shop.example/v1'))).toEqual([]);
  });

  test('a host not in the list', () => {
    expect(withRequest(request('https://evil.example.net/steal'))).toEqual([
      {
        nodeId: 'request',
        path: ['url'],
        rule: 'host_not_allowed',
        message:
          'Requests may go only to the organisation\'s allowed hosts, and "evil.example.net" is not one of them: add it in the flow settings.',
      },
    ]);
  });

  test('a placeholder in the host', () => {
    expect(withRequest(request('https://{{last_reply}}.example.com/'))).toMatchObject([
      {
        path: ['url'],
        rule: 'host_not_allowed',
        message:
          "A request's host must be written out: placeholders may be used only in the path and the query.",
      },
    ]);
    expect(withRequest(request('https://api.example.com:{{last_reply}}/'))).toMatchObject([
      { rule: 'host_not_allowed' },
    ]);
  });

  test('a link the URL class cannot read', () => {
    expect(withRequest(request('https://[oops/'))).toMatchObject([
      {
        rule: 'host_not_allowed',
        message: 'This is not a link a request can go to: check how it is written.',
      },
    ]);
  });
});

describe('isHostAllowed', () => {
  const allowed = (url: string, hosts: string[]) => isHostAllowed(new URL(url), hosts);

  test('an exact host, on the default port only', () => {
    expect(allowed('https://api.example.com/x', ['api.example.com'])).toBe(true);
    expect(allowed('https://API.Example.com/x', ['api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com:443/x', ['api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com:8443/x', ['api.example.com'])).toBe(false);
    expect(allowed('https://other.example.com/x', ['api.example.com'])).toBe(false);
  });

  test('a host with a port', () => {
    expect(allowed('https://api.example.com:8443/x', ['api.example.com:8443'])).toBe(true);
    expect(allowed('https://api.example.com/x', ['api.example.com:8443'])).toBe(false);
    expect(allowed('http://localhost:3000/x', ['localhost:3000'])).toBe(true);
    expect(allowed('https://api.example.com/x', ['api.example.com:443'])).toBe(true);
  });

  test('a wildcard takes subdomains, not the domain itself or look-alikes', () => {
    expect(allowed('https://eu.shop.example/x', ['*.shop.example'])).toBe(true);
    expect(allowed('https://a.b.shop.example/x', ['*.shop.example'])).toBe(true);
    expect(allowed('https://shop.example/x', ['*.shop.example'])).toBe(false);
    expect(allowed('https://evilshop.example/x', ['*.shop.example'])).toBe(false);
  });

  test('credentials in the link do not fool it', () => {
    expect(allowed('https://api.example.com@evil.example.net/x', ['api.example.com'])).toBe(false);
    expect(allowed('https://api.example.com/x', [])).toBe(false);
  });
});

describe('regex_invalid', () => {
  test('a trigger pattern that does not compile', () => {
    const problems = greetingProblems((graph) => {
      nodeOf(graph, 'start', 'trigger').match = {
        kind: 'regex',
        pattern: 'order (#\\d+',
        caseInsensitive: true,
      };
    });
    expect(problems).toMatchObject([
      {
        nodeId: 'start',
        path: ['match', 'pattern'],
        rule: 'regex_invalid',
        message: expect.stringMatching(/^This regular expression does not compile: /),
      },
    ]);
  });

  test('patterns compile with the u flag', () => {
    const withPattern = (pattern: string) =>
      greetingProblems((graph) => {
        nodeOf(graph, 'start', 'trigger').match = { kind: 'regex', pattern, caseInsensitive: false };
      });
    expect(withPattern('^\\p{L}+$')).toEqual([]);
    expect(withPattern('\\-')).toMatchObject([{ rule: 'regex_invalid' }]);
  });

  test('a condition’s matches_regex value, and only that operator', () => {
    const problems = greetingProblems((graph) => {
      insertAfter(graph, 'start', 'next', {
        id: 'check',
        position,
        type: 'condition',
        branches: [
          {
            id: 'code',
            match: 'any',
            rules: [
              { kind: 'compare', subject: { kind: 'reply' }, operator: 'contains', value: '(' },
              { kind: 'compare', subject: { kind: 'reply' }, operator: 'matches_regex', value: '[a-' },
            ],
          },
        ],
      });
    });
    expect(problems).toMatchObject([
      { nodeId: 'check', path: ['branches', 0, 'rules', 1, 'value'], rule: 'regex_invalid' },
    ]);
  });
});
