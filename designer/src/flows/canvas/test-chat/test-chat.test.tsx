import type { FlowRunResponse, TestChat, TestChatMessage } from '@parley/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { CONVERSATION_ID, FLOW_ID, RUN_ID } from '../../fixtures.test-support';
import { renderStatic } from '../../render.test-support';
import { activeNodeOf } from './active-node';
import { chatBubbles } from './chat-bubbles';
import { ChatBubbleItem } from './ChatBubbleItem';
import { ChatPhone } from './ChatPhone';
import { TestChatFailure } from './TestChatFailure';

vi.mock('../../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const message = (patch: Partial<TestChatMessage>): TestChatMessage => ({
  id: 'wamid.menu',
  from: 'business',
  at: '2025-06-16T01:00:00.000Z',
  kind: 'text',
  text: 'How can we help?',
  header: null,
  footer: null,
  buttons: [],
  list: null,
  cta: null,
  label: null,
  status: 'delivered',
  replyTo: null,
  ...patch,
});
const menu = message({
  kind: 'buttons',
  buttons: [
    { id: 'flow:menu:order', title: 'My order' },
    { id: 'flow:menu:hours', title: 'Opening hours' },
  ],
});
const run = (patch: Partial<FlowRunResponse>): FlowRunResponse => ({
  id: RUN_ID,
  flowId: FLOW_ID,
  version: null,
  test: true,
  conversationId: CONVERSATION_ID,
  status: 'running',
  dropReason: null,
  detail: null,
  currentNodeId: null,
  startedAt: '2025-06-16T01:00:00.000Z',
  endedAt: null,
  steps: [
    {
      seq: 1,
      nodeId: 'menu',
      nodeType: 'reply_buttons',
      enteredAt: '2025-06-16T01:00:00.000Z',
      exitedAt: '2025-06-16T01:00:01.000Z',
      port: 'hours',
      dropReason: null,
    },
    {
      seq: 0,
      nodeId: 'start',
      nodeType: 'trigger',
      enteredAt: '2025-06-16T01:00:00.000Z',
      exitedAt: '2025-06-16T01:00:00.000Z',
      port: 'next',
      dropReason: null,
    },
  ],
  ...patch,
});
const noTap = () => undefined;

describe('the test chat', () => {
  it('puts the customer right and the business left, with ticks, and marks what the customer tapped', () => {
    const bubbles = chatBubbles([
      message({ id: 'hi', from: 'customer', text: 'hello', status: null }),
      menu,
      message({ id: 'tap', from: 'customer', text: 'Opening hours', replyTo: menu.id, status: null }),
      message({ id: 'sending', status: 'accepted' }),
    ]);
    expect(bubbles.map(({ side, ticks, chosen }) => ({ side, ticks, chosen }))).toEqual([
      { side: 'customer', ticks: null, chosen: null },
      { side: 'business', ticks: 'delivered', chosen: 'Opening hours' },
      { side: 'customer', ticks: null, chosen: null },
      { side: 'business', ticks: 'pending', chosen: null },
    ]);
  });

  it('highlights the node the run waits in, else the last it passed, and none without a run', () => {
    expect(activeNodeOf(run({ currentNodeId: 'menu_2' }))).toBe('menu_2');
    expect(activeNodeOf(run({}))).toBe('menu');
    expect(activeNodeOf(run({ status: 'completed', currentNodeId: null }))).toBe('menu');
    expect(activeNodeOf(run({ steps: [] }))).toBeNull();
    expect(activeNodeOf(null)).toBeNull();
  });

  it('draws reply buttons as buttons under the bubble, a list as a button that opens its rows, and a link', () => {
    const [buttons] = chatBubbles([menu]);
    const markup = renderStatic(
      <ChatBubbleItem bubble={buttons!} time="10:00" disabled={false} onTap={noTap} />,
    );
    expect(markup).toContain('chat-bubble--business');
    expect(markup.match(/<button type="button" class="chat-choice">/g)).toHaveLength(2);
    expect(markup).toContain('Opening hours');
    expect(markup).toContain('Delivered');

    const [list] = chatBubbles([
      message({
        kind: 'list',
        list: {
          button: 'Shops',
          sections: [{ title: 'Tokyo', rows: [{ id: 'r1', title: 'Shibuya', description: null }] }],
        },
      }),
    ]);
    const listed = renderStatic(<ChatBubbleItem bubble={list!} time="10:00" disabled onTap={noTap} />);
    expect(listed).toContain('aria-expanded="false"');
    expect(listed).toContain('Shops');
    expect(listed).not.toContain('Shibuya');

    const [link] = chatBubbles([
      message({ kind: 'cta', cta: { label: 'Track', url: 'https://example.test/t' } }),
    ]);
    expect(renderStatic(<ChatBubbleItem bubble={link!} time="10:00" disabled onTap={noTap} />)).toContain(
      'href="https://example.test/t"',
    );
  });

  it('shows the phone in Japanese, and says how many problems to fix or that the sandbox does not answer', () => {
    const chat: TestChat = {
      customer: { waId: '819012345678', name: 'boss (test)' },
      conversationId: CONVERSATION_ID,
      messages: [message({ kind: 'media', label: 'image', text: null })],
      businessTyping: true,
      run: null,
    };
    const phone = renderStatic(
      <ChatPhone chat={chat} accountName="Tokyo" disabled={false} onTap={noTap} />,
      'ja',
    );
    expect(phone).toContain('添付ファイル：image');
    expect(phone).toContain('ビジネスが入力中です…');

    const invalid = new ApiError('FLOW_INVALID', 'the draft has 2 problems', 422, [], {
      code: 'FLOW_INVALID',
      message: 'the draft has 2 problems',
      problems: [
        { nodeId: 'menu', path: [], rule: 'port_unconnected', message: 'x' },
        { nodeId: 'talk', path: [], rule: 'team_missing', message: 'y' },
      ],
    });
    expect(renderStatic(<TestChatFailure error={invalid} />)).toContain(
      'The draft has 2 problems. Fix them on the canvas',
    );
    const down = new ApiError('SANDBOX_UNREACHABLE', 'no answer', 502);
    expect(renderStatic(<TestChatFailure error={down} />)).toContain('The WhatsApp sandbox does not answer');
  });
});
