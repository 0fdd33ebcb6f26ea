import type { Conversation, Message } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/api-error';
import { errorText } from '../errors/describe-error';
import { useCan } from '../shell/use-session';
import { StatePanel } from '../ui/StatePanel';
import { AttentionBanner } from './AttentionBanner';
import { canReply } from './composer/can-reply';
import { ThreadComposer } from './composer/ThreadComposer';
import { contactLabel } from './contact';
import { CONTACT_PANEL_ID, ContactPanel } from './contact-panel/ContactPanel';
import type { ThreadState } from './inbox-state';
import { MessageList } from './MessageList';
import { readKey } from './read-receipts';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { ThreadHeader } from './ThreadHeader';
import { useThreadTimeline } from './thread/use-thread-timeline';
import { useMarkRead } from './use-mark-read';

/** Where the contact panel's choice is kept between visits. */
const PANEL_STORAGE_KEY = 'parley.contactPanel';
/** From this width the contact panel sits beside the thread; below it, it covers the thread's side. */
const WIDE = '(min-width: 1100px)';

/** Open on wide screens unless the agent closed it there; closed on narrow ones until asked for. */
function initialPanelOpen(): boolean {
  if (typeof window === 'undefined') return false;
  if (!window.matchMedia(WIDE).matches) return false;
  try {
    return window.localStorage.getItem(PANEL_STORAGE_KEY) !== 'closed';
  } catch {
    return true;
  }
}

/** The contact panel's state: shown or not, remembered on wide screens. */
function useContactPanel() {
  const [open, setOpen] = useState(initialPanelOpen);
  const set = useCallback((next: boolean) => {
    setOpen(next);
    if (!window.matchMedia(WIDE).matches) return;
    try {
      window.localStorage.setItem(PANEL_STORAGE_KEY, next ? 'open' : 'closed');
    } catch {
      // Storage refused (private mode): the choice lasts until the page is left.
    }
  }, []);
  return { open, set };
}

interface Props {
  thread: ThreadState | null;
  /** The thread's conversation, possibly known from the list before the thread has loaded. */
  conversation: Conversation | null;
  onRetry: () => void;
  onLoadEarlier: () => void;
  /** A message sent from the thread, to show before the live stream brings it. */
  onMessageSent: (message: Message) => void;
}

export function ThreadView({ thread, conversation, onRetry, onLoadEarlier, onMessageSent }: Props) {
  const { t } = useTranslation();
  const maySend = useCan('messages:send');
  const replying = conversation !== null && canReply(conversation, maySend);
  // The quoted message belongs to its conversation: opening another one drops it.
  const [quote, setQuote] = useState<Message | null>(null);
  const replyTo = quote && quote.conversationId === conversation?.id ? quote : null;
  const ready = thread?.status === 'ready' && conversation !== null;
  const timeline = useThreadTimeline(ready ? conversation.id : null);
  const panel = useContactPanel();
  const togglePanel = () => {
    const next = !panel.open;
    panel.set(next);
    // Opening moves to the panel (on narrow screens it covers the thread); closing stays put.
    if (next) requestAnimationFrame(() => document.getElementById(CONTACT_PANEL_ID)?.focus());
  };
  useMarkRead(
    ready ? conversation.id : null,
    ready ? readKey(conversation.id, thread.messages) : '',
    replying,
  );

  const name = conversation ? contactLabel(conversation, t('inbox.contact.unknown')) : '';
  let content;
  if (!thread) {
    content = (
      <StatePanel
        title={t('inbox.thread.nothingSelectedTitle')}
        body={t('inbox.thread.nothingSelectedBody')}
      />
    );
  } else if (thread.status === 'not-found') {
    content = (
      <StatePanel tone="error" title={t('inbox.thread.notFoundTitle')} body={t('inbox.thread.notFoundBody')}>
        <Link className="button" to="/inbox">
          {t('inbox.thread.back')}
        </Link>
      </StatePanel>
    );
  } else if (thread.status === 'error') {
    content = (
      <StatePanel
        tone="error"
        title={t('inbox.thread.loadFailed')}
        body={thread.error ? errorText(thread.error, t) : undefined}
        onRetry={onRetry}
      />
    );
  } else if (thread.status === 'loading') {
    content = <StatePanel tone="loading" title={t('inbox.thread.loading')} />;
  } else {
    content = (
      <MessageList
        key={thread.id}
        thread={thread}
        contactName={name}
        events={timeline.events}
        notes={timeline.notes}
        onLoadEarlier={onLoadEarlier}
        onReply={replying ? setQuote : undefined}
      />
    );
  }

  return (
    <main
      id="thread"
      className="thread-pane"
      tabIndex={-1}
      aria-labelledby={conversation ? 'thread-heading' : undefined}
    >
      <div className="thread-work">
        <div className="thread-work__thread">
          {thread && (
            <ThreadHeader
              conversation={conversation}
              onMoved={onRetry}
              contactPanel={conversation ? { open: panel.open, onToggle: togglePanel } : undefined}
            />
          )}
          {thread && conversation && <ReadOnlyNotice account={conversation.channelAccount} />}
          {thread && conversation && <AttentionBanner attention={conversation.attention} />}
          {thread?.status === 'ready' && thread.error && (
            <p className="inline-error" role="alert">
              {errorText(thread.error, t)}{' '}
              <button type="button" className="link-button" onClick={onRetry}>
                {t('common.retry')}
              </button>
            </p>
          )}
          {thread?.status === 'ready' && timeline.error != null && (
            <p className="inline-error" role="alert" data-testid="timeline-error">
              {t('threadWork.timeline.loadFailed')} {errorText(toApiError(timeline.error), t)}{' '}
              <button type="button" className="link-button" onClick={timeline.retry}>
                {t('common.retry')}
              </button>
            </p>
          )}
          {content}
          {ready && (
            <ThreadComposer
              conversation={conversation}
              contactName={name}
              replyTo={replyTo}
              onClearReply={() => setQuote(null)}
              onSent={onMessageSent}
            />
          )}
        </div>
        {thread && conversation && panel.open && (
          <ContactPanel
            key={conversation.contact.id}
            conversation={conversation}
            onClose={() => panel.set(false)}
          />
        )}
      </div>
    </main>
  );
}
