import type { FlowRunResponse } from '@parley/contracts';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../api/api-error';
import { tags } from '../../business-hours/render-in-router.test-support';
import { conversation } from '../../inbox/fixtures.test-support';
import { flowRunQuery } from '../flow-runs.api';
import { CONVERSATION_ID, FLOW_ID, RUN_ID } from '../fixtures.test-support';
import { renderFlowsView } from '../render.test-support';
import { StartTestRun } from './StartTestRun';
import { TestRunTrace } from './TestRunTrace';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const sato = conversation(CONVERSATION_ID, 1, {
  contact: {
    id: CONVERSATION_ID,
    name: 'Sato Hanako',
    platformId: '819012345678',
    userId: null,
    username: null,
  },
});
const today = (time: string) => `${new Date().toISOString().slice(0, 10)}T${time}.000Z`;
const run: FlowRunResponse = {
  id: RUN_ID,
  flowId: FLOW_ID,
  version: null,
  test: true,
  conversationId: CONVERSATION_ID,
  status: 'running',
  dropReason: null,
  detail: null,
  currentNodeId: 'menu',
  startedAt: today('10:00:00'),
  endedAt: null,
  steps: [
    {
      seq: 0,
      nodeId: 'start',
      nodeType: 'trigger',
      enteredAt: today('10:00:00'),
      exitedAt: today('10:00:01'),
      port: 'next',
      dropReason: null,
      input: { type: 'text', text: 'こんにちは' },
    },
    {
      seq: 1,
      nodeId: 'menu',
      nodeType: 'reply_buttons',
      enteredAt: today('10:00:01'),
      exitedAt: null,
      port: null,
      dropReason: null,
      effects: [
        {
          kind: 'send',
          message: {
            type: 'reply_buttons',
            body: 'How can we help?',
            buttons: [
              { id: 'order', title: 'My order' },
              { id: 'talk', title: 'Talk to us' },
              { id: 'hours', title: 'Opening hours' },
            ],
          },
        },
      ],
    },
  ],
};

function withRun(data: FlowRunResponse) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(flowRunQuery(RUN_ID).queryKey, data);
  return queryClient;
}

describe('a test run’s trace', () => {
  it('shows each step: node, type, times, the output taken, and its data behind disclosures', async () => {
    const html = await renderFlowsView(
      <TestRunTrace runId={RUN_ID} graph={greetingFlow()} conversations={[sato]} />,
      {
        queryClient: withRun(run),
      },
    );
    expect(tags(html, 'flow-trace-step').map((tag) => /data-node-id="([^"]+)"/.exec(tag)?.[1])).toEqual([
      'start',
      'menu',
    ]);
    expect(tags(html, 'flow-run-status')[0]).toContain('data-status="running"');
    expect(html).toContain('Left by output next');
    expect(html).toContain('The run is here now');
    expect(html).toContain('Waiting in');
    expect(html).toMatch(
      /<span class="flow-trace__node">Main menu<\/span><span class="flow-problem__type">reply_buttons/,
    );
    expect(tags(html, 'flow-trace-input')).toHaveLength(1);
    expect(tags(html, 'flow-trace-effects')).toHaveLength(1);
    expect(tags(html, 'flow-trace-output')).toHaveLength(0);
    expect(html).toContain('&quot;body&quot;: &quot;How can we help?&quot;');
    expect(html).toContain('Sato Hanako · +81 90 1234 5678 — Support line');
    expect(html).toContain(`href="/inbox/${CONVERSATION_ID}"`);
  });

  it('says why a run stopped, in the person’s language', async () => {
    const dropped: FlowRunResponse = {
      ...run,
      status: 'dropped',
      dropReason: 'timeout',
      detail: 'no reply within 60 minutes',
      currentNodeId: null,
      endedAt: today('11:00:01'),
      steps: [{ ...run.steps[1]!, exitedAt: today('11:00:01'), dropReason: 'timeout' }],
    };
    const html = await renderFlowsView(
      <TestRunTrace runId={RUN_ID} graph={greetingFlow()} conversations={[]} />,
      {
        queryClient: withRun(dropped),
        lang: 'ja',
      },
    );
    expect(html).toContain('ここで中断: 待機がタイムアウト');
    expect(html).toContain('no reply within 60 minutes');
    expect(html).toContain('受信箱で会話を開く');
  });

  it('is read every second while it runs, and no more once it ended', () => {
    const interval = flowRunQuery(RUN_ID).refetchInterval as (query: {
      state: { data?: FlowRunResponse };
    }) => unknown;
    expect(interval({ state: { data: run } })).toBe(1_000);
    expect(interval({ state: { data: { ...run, status: 'completed' } } })).toBe(false);
  });
});

describe('starting a test run', () => {
  it('offers the sandbox customers’ recent conversations by customer and account', async () => {
    const conversations = { data: [sato], isPending: false, isError: false, isSuccess: true, error: null };
    const html = await renderFlowsView(
      <StartTestRun
        flowId={FLOW_ID}
        graph={greetingFlow()}
        conversations={conversations as unknown as UseQueryResult<(typeof sato)[], ApiError>}
        onStarted={() => undefined}
      />,
    );
    expect(html).toContain(
      `<option value="${CONVERSATION_ID}" selected="">Sato Hanako · +81 90 1234 5678 — Support line</option>`,
    );
    expect(html).toContain('test runs never go to real customers');
    expect(tags(html, 'flow-test-run')[0]).toContain('type="submit"');
  });
});
