import type { FlowGraph } from '@parley/workflows/flows';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../errors/describe-error';
import { channelAccountsQuery } from '../../../integrations/channel-accounts.query';
import '../../../styles/flow-test-chat.css';
import { flowRunQuery } from '../../flow-runs.api';
import { activeNodeOf } from './active-node';
import { ChatAccountPicker } from './ChatAccountPicker';
import type { ChatTap } from './ChatBubbleItem';
import { ChatComposer } from './ChatComposer';
import { ChatPhone } from './ChatPhone';
import { ChatRunTrace } from './ChatRunTrace';
import { sandboxAccounts } from './sandbox-accounts';
import {
  restartTestChat,
  tapTestChat,
  testChannelsQuery,
  testChatQuery,
  writeTestChat,
} from './test-chat.api';
import { TestChatFailure } from './TestChatFailure';

interface Props {
  flowId: string;
  /** The draft as drawn, to name nodes in the trace. */
  graph: FlowGraph;
  /** False while the draft has unsaved edits: tests run the saved draft, so sending waits. */
  saved: boolean;
  /** The node the run rests in (or last passed), for the canvas to highlight; null with no run. */
  onActiveNode: (nodeId: string | null) => void;
  onClose: () => void;
}

/**
 * The live test chat beside the canvas: the admin writes and taps as their own customer of the
 * WhatsApp sandbox, the saved draft answers on the phone (read every second), and the run's steps
 * show below, its resting node reported for the canvas.
 */
export function TestChatPanel({ flowId, graph, saved, onActiveNode, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const channels = useQuery(testChannelsQuery);
  const accounts = useQuery(channelAccountsQuery);
  const choices = sandboxAccounts(accounts.data, channels.data?.channels);
  const [chosen, setChosen] = useState('');
  const account = choices.find((candidate) => candidate.id === chosen) ?? choices[0];
  const accountId = account?.id ?? '';
  const chatQuery = testChatQuery(flowId, accountId);
  const chat = useQuery({ ...chatQuery, enabled: accountId !== '' });
  const runId = chat.data?.run?.id ?? '';
  const run = useQuery({ ...flowRunQuery(runId), enabled: runId !== '' });
  const shownRun = runId && run.data?.id === runId ? run.data : null;

  const report = useRef(onActiveNode);
  report.current = onActiveNode;
  const activeNode = activeNodeOf(shownRun);
  useEffect(() => report.current(activeNode), [activeNode]);
  useEffect(() => () => report.current(null), []);

  const refresh = () => queryClient.invalidateQueries({ queryKey: chatQuery.queryKey });
  const put = (data: Awaited<ReturnType<typeof writeTestChat>>) =>
    queryClient.setQueryData(chatQuery.queryKey, data);
  const send = useMutation({
    mutationFn: (text: string) => writeTestChat(flowId, accountId, text),
    onSuccess: put,
  });
  const tap = useMutation({
    mutationFn: (choice: ChatTap) => tapTestChat(flowId, { channelAccountId: accountId, ...choice }),
    onSuccess: put,
  });
  const restart = useMutation({ mutationFn: () => restartTestChat(flowId, accountId), onSuccess: refresh });
  const busy = !saved || send.isPending || tap.isPending || restart.isPending;
  const failure = send.error ?? tap.error ?? restart.error ?? chat.error;
  const reset = () => [send, tap, restart].forEach((mutation) => mutation.reset());

  return (
    <aside className="test-chat" aria-label={t('flowTestChat.title')} data-testid="test-chat">
      <header className="test-chat__head">
        <h2 className="test-chat__title">{t('flowTestChat.title')}</h2>
        <button
          type="button"
          className="button test-chat__restart"
          onClick={() => {
            reset();
            restart.mutate();
          }}
          disabled={busy || !chat.data?.conversationId}
          title={t('flowTestChat.restartHint')}
        >
          {t('flowTestChat.restart')}
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-label={t('flowTestChat.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {accounts.isError || channels.isError ? (
        <p className="inline-error">{errorText((accounts.error ?? channels.error)!, t)}</p>
      ) : accounts.isSuccess && channels.isSuccess && choices.length === 0 ? (
        <p className="muted">{t('flowTestChat.noAccounts')}</p>
      ) : (
        account && (
          <>
            <ChatAccountPicker
              accounts={choices}
              value={accountId}
              onChange={(id) => {
                reset();
                setChosen(id);
              }}
            />
            {chat.data && (
              <p className="field__hint">
                {t('flowTestChat.you', {
                  name: chat.data.customer.name,
                  number: `+${chat.data.customer.waId}`,
                })}
              </p>
            )}
            <TestChatFailure error={failure} />
            {chat.data && (
              <ChatPhone
                chat={chat.data}
                accountName={account.name}
                disabled={busy}
                onTap={(choice) => {
                  reset();
                  tap.mutate(choice);
                }}
              />
            )}
            <ChatComposer
              disabled={busy}
              hint={saved ? null : t('flowTestChat.saving')}
              onSend={(text) => {
                reset();
                send.mutate(text);
              }}
            />
            <ChatRunTrace run={shownRun} graph={graph} />
          </>
        )
      )}
    </aside>
  );
}
