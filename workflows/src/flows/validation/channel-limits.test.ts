import type { Capabilities } from '@parley/connector-sdk/schemas';
import { describe, expect, test } from 'vitest';
import type { FlowNode } from '../schema/flow-graph.schema.js';
import { insertAfter, nodeOf } from '../testing/graph-edits.js';
import { greetingChannel } from '../testing/greeting-flow.js';
import { greetingProblems, problemsOf } from '../testing/validate-greeting.js';
import type { FlowValidationContext } from './validation.types.js';

const position = { x: 0, y: 0 };

/** A channel account with some of WhatsApp's capabilities changed. */
function onlyChannel(
  channelName: string,
  changes: Partial<Capabilities>,
): (context: FlowValidationContext) => void {
  return (context) => {
    context.channels = [
      {
        channelAccountId: 'channel-other',
        channelName,
        capabilities: { ...greetingChannel.capabilities, ...changes },
      },
    ];
  };
}

function limits(
  change: Parameters<typeof greetingProblems>[0],
  changeContext?: Parameters<typeof greetingProblems>[1],
) {
  return problemsOf(greetingProblems(change, changeContext), 'channel_limit');
}

/** Puts the node between the trigger and the menu. */
function withNode(node: FlowNode) {
  return (graph: Parameters<typeof insertAfter>[0]) => {
    insertAfter(graph, 'start', 'next', node);
  };
}

const frame = { body: 'Choose', noMatch: { reaskText: 'Please choose.', maxReasks: 1 } };

describe('reply buttons', () => {
  test('button titles are at most 20 characters on WhatsApp', () => {
    expect(
      limits((graph) => {
        nodeOf(graph, 'menu', 'reply_buttons').buttons[1]!.title = 'Talk to a person now';
        nodeOf(graph, 'menu', 'reply_buttons').buttons[2]!.title = 'Our opening hours today';
      }),
    ).toEqual([
      {
        nodeId: 'menu',
        path: ['buttons', 2, 'title'],
        rule: 'channel_limit',
        message: 'Button titles are at most 20 characters on WhatsApp (this one has 23).',
      },
    ]);
  });

  test('lengths count characters, so an emoji is one; a placeholder counts as written', () => {
    expect(
      limits((graph) => {
        nodeOf(graph, 'menu', 'reply_buttons').buttons[0]!.title = '🙂'.repeat(20);
        nodeOf(graph, 'menu', 'reply_buttons').buttons[1]!.title = 'Hi {{contact.name}}!!';
      }),
    ).toMatchObject([
      { path: ['buttons', 1, 'title'], message: expect.stringContaining('(this one has 21)') },
    ]);
  });

  test('how many buttons the channel allows', () => {
    expect(
      limits(
        () => undefined,
        onlyChannel('Acme Chat', { replyButtons: { maxButtons: 2, maxTitleLength: 20, maxIdLength: 256 } }),
      ),
    ).toEqual([
      {
        nodeId: 'menu',
        path: ['buttons'],
        rule: 'channel_limit',
        message: 'Acme Chat allows at most 2 reply buttons (this node has 3).',
      },
    ]);
  });

  test('a channel without reply buttons', () => {
    expect(limits(() => undefined, onlyChannel('SMS', { replyButtons: null }))).toEqual([
      { nodeId: 'menu', path: [], rule: 'channel_limit', message: 'SMS does not support reply buttons.' },
    ]);
  });

  test('ids as sent count the node’s id too', () => {
    const problems = limits(
      (graph) => {
        graph.nodes.push({
          ...nodeOf(graph, 'menu', 'reply_buttons'),
          id: 'm'.repeat(60),
          terminalPorts: ['order', 'talk', 'hours', 'timeout', 'no_match'],
        });
        graph.edges.push({ id: 'e-long', source: 'done', sourcePort: 'next', target: 'm'.repeat(60) });
      },
      onlyChannel('Telegram', { replyButtons: { maxButtons: 10, maxTitleLength: 64, maxIdLength: 64 } }),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      ['buttons', 0, 'id'],
      ['buttons', 1, 'id'],
      ['buttons', 2, 'id'],
    ]);
    expect(problems[0]?.message).toBe(
      'Button ids as sent (with the "flow:" prefix and the node\'s id) are at most 64 characters on Telegram (this one has 71).',
    );
  });
});

describe('the interactive frame', () => {
  test('body length, and a header or footer where the channel has none', () => {
    const problems = limits(
      (graph) => {
        const menu = nodeOf(graph, 'menu', 'reply_buttons');
        menu.body = 'x'.repeat(101);
        menu.header = 'Welcome';
        menu.footer = 'Acme';
      },
      onlyChannel('Telegram', {
        interactive: { maxBodyLength: 100, maxHeaderLength: null, maxFooterLength: null },
      }),
    );
    expect(problems).toEqual([
      {
        nodeId: 'menu',
        path: ['body'],
        rule: 'channel_limit',
        message: 'Message bodies are at most 100 characters on Telegram (this one has 101).',
      },
      {
        nodeId: 'menu',
        path: ['header'],
        rule: 'channel_limit',
        message: 'Telegram does not support headers on interactive messages.',
      },
      {
        nodeId: 'menu',
        path: ['footer'],
        rule: 'channel_limit',
        message: 'Telegram does not support footers on interactive messages.',
      },
    ]);
  });

  test('each channel is checked and named', () => {
    const problems = limits(
      (graph) => {
        nodeOf(graph, 'menu', 'reply_buttons').body = 'x'.repeat(1025);
      },
      (context) => {
        context.channels.push({
          ...greetingChannel,
          channelAccountId: 'channel-second',
          channelName: 'WhatsApp (Sales)',
        });
      },
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'Message bodies are at most 1024 characters on WhatsApp (this one has 1025).',
      'Message bodies are at most 1024 characters on WhatsApp (Sales) (this one has 1025).',
    ]);
  });
});

describe('lists', () => {
  const list: FlowNode = {
    id: 'pick',
    position,
    type: 'list',
    ...frame,
    buttonLabel: 'See all the options',
    sectionTitle: 'Everything we can do',
    rows: [
      { id: 'a', title: 'Track an order', description: 'Where it is now' },
      { id: 'b', title: 'Return an item you bought', description: 'x'.repeat(73) },
    ],
  };

  test('row titles and descriptions, the button label and the section title', () => {
    const problems = limits(
      withNode({ ...list, buttonLabel: 'See all of the options', sectionTitle: 'Everything that we can do' }),
    );
    expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
      [['buttonLabel'], "A list's button labels are at most 20 characters on WhatsApp (this one has 22)."],
      [['sectionTitle'], 'Section titles are at most 24 characters on WhatsApp (this one has 25).'],
      [['rows', 1, 'title'], 'Row titles are at most 24 characters on WhatsApp (this one has 25).'],
      [
        ['rows', 1, 'description'],
        'Row descriptions are at most 72 characters on WhatsApp (this one has 73).',
      ],
    ]);
  });

  test('how many rows, and a channel without lists', () => {
    const fewRows = onlyChannel('Acme Chat', {
      list: {
        ...greetingChannel.capabilities.list!,
        maxRows: 1,
        maxRowTitleLength: 40,
        maxRowDescriptionLength: 80,
      },
    });
    expect(limits(withNode(list), fewRows)).toMatchObject([
      { path: ['rows'], message: 'Acme Chat allows at most 1 rows in a list (this node has 2).' },
    ]);
    expect(limits(withNode(list), onlyChannel('SMS', { list: null }))).toMatchObject([
      { nodeId: 'pick', path: [], message: 'SMS does not support list messages.' },
    ]);
  });
});

describe('link buttons', () => {
  const cta: FlowNode = {
    id: 'link',
    position,
    type: 'cta_url',
    body: 'Track it here',
    displayText: 'Track my order online',
    url: 'https://track.example/{{contact.phone}}',
  };

  test('the button text, and a channel without link buttons', () => {
    expect(limits(withNode(cta))).toEqual([
      {
        nodeId: 'link',
        path: ['displayText'],
        rule: 'channel_limit',
        message: 'Link button texts are at most 20 characters on WhatsApp (this one has 21).',
      },
    ]);
    expect(
      limits(withNode({ ...cta, displayText: 'Track' }), onlyChannel('SMS', { ctaUrl: null })),
    ).toMatchObject([{ path: [], message: 'SMS does not support link buttons.' }]);
  });
});

describe('messages, media and templates', () => {
  test('a text over the channel’s length', () => {
    expect(
      limits(
        (graph) => {
          nodeOf(graph, 'hours_reply', 'send_message').content = { kind: 'text', text: 'x'.repeat(161) };
        },
        onlyChannel('SMS', { text: { maxLength: 160 } }),
      ),
    ).toEqual([
      {
        nodeId: 'hours_reply',
        path: ['content', 'text'],
        rule: 'channel_limit',
        message: 'Messages are at most 160 characters on SMS (this one has 161).',
      },
    ]);
  });

  test('a medium the channel does not carry, a caption it does not show, a caption too long', () => {
    const media = (id: string, kind: 'image' | 'video' | 'audio', caption: string): FlowNode => ({
      id,
      position,
      type: 'send_message',
      content: { kind: 'media', media: kind, fileId: 'file-1', caption },
    });
    const problems = limits(
      (graph) => {
        for (const node of [
          media('video', 'video', 'Watch'),
          media('audio', 'audio', 'Listen'),
          media('image', 'image', 'x'.repeat(11)),
        ])
          insertAfter(graph, 'start', 'next', node);
      },
      onlyChannel('Acme Chat', {
        media: {
          image: { maxBytes: 1, mimeTypes: ['image/png'], maxCaptionLength: 10 },
          audio: { maxBytes: 1, mimeTypes: ['audio/ogg'], maxCaptionLength: null },
        },
      }),
    );
    expect(problems.map((problem) => [problem.nodeId, problem.path, problem.message])).toEqual([
      ['video', ['content', 'media'], 'Acme Chat does not support video messages.'],
      ['audio', ['content', 'caption'], 'Acme Chat does not support captions on audio messages.'],
      ['image', ['content', 'caption'], 'Captions are at most 10 characters on Acme Chat (this one has 11).'],
    ]);
  });

  test('templates on a channel without them', () => {
    const template: FlowNode = {
      id: 'notify',
      position,
      type: 'send_template',
      templateName: 'order_update',
      language: 'en',
      bodyParameters: ['{{contact.name}}'],
      headerParameters: [],
    };
    expect(limits(withNode(template), onlyChannel('Telegram', { templates: null }))).toEqual([
      {
        nodeId: 'notify',
        path: [],
        rule: 'channel_limit',
        message: 'Telegram does not support message templates.',
      },
    ]);
    expect(limits(withNode(template))).toEqual([]);
  });

  test('a question’s prompt and retry, and a re-ask', () => {
    const question: FlowNode = {
      id: 'ask',
      position,
      type: 'collect_input',
      prompt: 'x'.repeat(21),
      inputType: 'email',
      saveAs: 'email',
      retryText: 'x'.repeat(22),
      maxAttempts: 2,
    };
    const problems = limits(
      (graph) => {
        insertAfter(graph, 'start', 'next', question);
        nodeOf(graph, 'menu', 'reply_buttons').noMatch.reaskText = 'Please tap one button.';
      },
      onlyChannel('Pager', { text: { maxLength: 20 } }),
    );
    const onThese = problems.filter((problem) => problem.nodeId === 'menu' || problem.nodeId === 'ask');
    expect(onThese.map((problem) => [problem.nodeId, problem.path])).toEqual([
      ['menu', ['noMatch', 'reaskText']],
      ['ask', ['prompt']],
      ['ask', ['retryText']],
    ]);
  });
});
