import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contactLabel } from './contact';
import { ConversationList } from './ConversationList';
import { LiveAnnouncer } from './LiveAnnouncer';
import { ThreadView } from './ThreadView';
import type { InboxModel } from './use-inbox';

/** Matches the CSS breakpoint below which only one pane is shown. */
const SINGLE_PANE = '(max-width: 720px)';

/** Two panes: the conversation list and the selected thread (one at a time on narrow screens). */
export function Inbox({ inbox, selectedId }: { inbox: InboxModel; selectedId: string | null }) {
  const { t } = useTranslation();
  const { state } = inbox;
  const unknown = t('inbox.contact.unknown');
  const conversation =
    state.thread?.conversation ?? state.list.items.find((c) => c.id === selectedId) ?? null;
  const arrivedIn = state.arrived && state.list.items.find((c) => c.id === state.arrived?.conversationId);

  const title = conversation ? contactLabel(conversation, unknown) : t('inbox.list.heading');
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);

  // On one-pane screens the pane holding the focus disappears: move focus to the pane that appears.
  const previous = useRef(selectedId);
  useEffect(() => {
    const from = previous.current;
    previous.current = selectedId;
    if (from === selectedId || !window.matchMedia(SINGLE_PANE).matches) return;
    const target = selectedId
      ? document.getElementById('thread')
      : from !== null
        ? document.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(from)}"]`)
        : null;
    target?.focus();
  }, [selectedId]);

  return (
    <div className="panes" data-view={selectedId ? 'thread' : 'list'}>
      <ConversationList
        list={state.list}
        onRetry={inbox.reloadList}
        onLoadMore={inbox.loadMoreConversations}
      />
      <ThreadView
        thread={state.thread}
        conversation={conversation}
        onRetry={inbox.reloadThread}
        onLoadEarlier={inbox.loadEarlierMessages}
        onMessageSent={inbox.messageSent}
      />
      <LiveAnnouncer message={state.arrived} from={arrivedIn ? contactLabel(arrivedIn, unknown) : unknown} />
    </div>
  );
}
