// Where a node's texts live: the fields whose placeholders are filled in when the node runs.
import type { FlowNode } from '../schema/flow-graph.schema.js';
import type { FlowProblem } from './validation.types.js';

export interface FlowText {
  /** Inside the node, as problems name it. */
  path: FlowProblem['path'];
  text: string;
  /** Only a request's header values and body may hold secrets: they never reach a customer or a trace. */
  secretsAllowed: boolean;
}

function texts(entries: [FlowProblem['path'], string | undefined][], secretsAllowed = false): FlowText[] {
  return entries.flatMap(([path, text]) => (text === undefined ? [] : [{ path, text, secretsAllowed }]));
}

function frame(node: { body: string; header?: string; footer?: string }): FlowText[] {
  return texts([
    [['body'], node.body],
    [['header'], node.header],
    [['footer'], node.footer],
  ]);
}

/** Every text of the node that may hold placeholders, with its path. */
export function textsOf(node: FlowNode): FlowText[] {
  switch (node.type) {
    case 'send_message':
      return node.content.kind === 'text'
        ? texts([[['content', 'text'], node.content.text]])
        : texts([[['content', 'caption'], node.content.caption]]);
    case 'reply_buttons':
      return [
        ...frame(node),
        ...texts(node.buttons.map((button, i) => [['buttons', i, 'title'], button.title])),
        ...texts([[['noMatch', 'reaskText'], node.noMatch.reaskText]]),
      ];
    case 'list':
      return [
        ...frame(node),
        ...texts(
          node.rows.flatMap((row, i) => [
            [['rows', i, 'title'], row.title],
            [['rows', i, 'description'], row.description],
          ]),
        ),
        ...texts([[['noMatch', 'reaskText'], node.noMatch.reaskText]]),
      ];
    case 'cta_url':
      return [
        ...frame(node),
        ...texts([
          [['url'], node.url],
          [['displayText'], node.displayText],
        ]),
      ];
    case 'send_template':
      return texts([
        ...node.bodyParameters.map((text, i): [FlowProblem['path'], string] => [['bodyParameters', i], text]),
        ...node.headerParameters.map((text, i): [FlowProblem['path'], string] => [
          ['headerParameters', i],
          text,
        ]),
      ]);
    case 'collect_input':
      return texts([
        [['prompt'], node.prompt],
        [['retryText'], node.retryText],
      ]);
    case 'set_variable':
      return texts([[['value'], node.value]]);
    case 'http_request':
      return [
        ...texts([[['url'], node.url]]),
        ...texts(
          [
            ...node.headers.map((header, i): [FlowProblem['path'], string] => [
              ['headers', i, 'value'],
              header.value,
            ]),
            [['body'], node.body],
          ],
          true,
        ),
      ];
    case 'condition':
      return texts(
        node.branches.flatMap((branch, i) =>
          branch.rules.map((rule, j): [FlowProblem['path'], string | undefined] => [
            ['branches', i, 'rules', j, 'value'],
            rule.kind === 'compare' ? rule.value : undefined,
          ]),
        ),
      );
    case 'trigger':
    case 'wait_for_reply':
    case 'tag_contact':
    case 'assign':
    case 'delay':
    case 'go_to_flow':
    case 'end':
      return [];
  }
}
