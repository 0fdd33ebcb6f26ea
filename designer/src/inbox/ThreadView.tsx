import type { Conversation, Message } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { StatePanel } from '../ui/StatePanel';
import { contactLabel } from './contact';
import type { ThreadState } from './inbox-state';
import { MessageList } from './MessageList';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { ThreadHeader } from './ThreadHeader';

interface Props {
  thread: ThreadState | null;
  /** The thread's conversation, possibly known from the list before the thread has loaded. */
  conversation: Conversation | null;
  onRetry: () => void;
  onLoadEarlier: () => void;
  /** A message sent from the thread (a template), to show before the live stream brings it. */
  onMessageSent: (message: Message) => void;
}

export function ThreadView({ thread, conversation, onRetry, onLoadEarlier, onMessageSent }: Props) {
  const { t } = useTranslation();
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
    const name = conversation ? contactLabel(conversation, t('inbox.contact.unknown')) : '';
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
      {thread && <ThreadHeader conversation={conversation} onMessageSent={onMessageSent} />}
      {thread && conversation && <ReadOnlyNotice account={conversation.channelAccount} />}
      {thread?.status === 'ready' && thread.error && (
        <p className="inline-error" role="alert">
          {errorText(thread.error, t)}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {content}
    </main>
  );
}
