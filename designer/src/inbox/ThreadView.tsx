import type { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { contactLabel } from './contact';
import type { ThreadState } from './inbox-state';
import { MessageList } from './MessageList';
import { INBOX_HREF } from './route';
import { StatePanel } from './StatePanel';
import { ThreadHeader } from './ThreadHeader';

interface Props {
  thread: ThreadState | null;
  /** The thread's conversation, possibly known from the list before the thread has loaded. */
  conversation: Conversation | null;
  onRetry: () => void;
  onLoadEarlier: () => void;
}

export function ThreadView({ thread, conversation, onRetry, onLoadEarlier }: Props) {
  const { t } = useI18n();
  let content;
  if (!thread) {
    content = <StatePanel title={t.thread.nothingSelectedTitle} body={t.thread.nothingSelectedBody} />;
  } else if (thread.status === 'not-found') {
    content = (
      <StatePanel tone="error" title={t.thread.notFoundTitle} body={t.thread.notFoundBody}>
        <a className="button" href={INBOX_HREF}>
          {t.thread.back}
        </a>
      </StatePanel>
    );
  } else if (thread.status === 'error') {
    content = (
      <StatePanel tone="error" title={t.thread.loadFailed} body={thread.error?.message} onRetry={onRetry} />
    );
  } else if (thread.status === 'loading') {
    content = <StatePanel tone="loading" title={t.thread.loading} />;
  } else {
    const name = conversation ? contactLabel(conversation) : '';
    content = (
      <MessageList key={thread.id} thread={thread} contactName={name} onLoadEarlier={onLoadEarlier} />
    );
  }

  return (
    <main
      id="thread"
      className="thread-pane"
      tabIndex={-1}
      aria-labelledby={conversation ? 'thread-heading' : undefined}
    >
      {thread && <ThreadHeader conversation={conversation} />}
      {thread?.status === 'ready' && thread.error && (
        <p className="inline-error" role="alert">
          {thread.error.message}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t.retry}
          </button>
        </p>
      )}
      {content}
    </main>
  );
}
