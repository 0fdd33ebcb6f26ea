import type { Conversation, Message } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useCan } from '../shell/use-session';
import { StatePanel } from '../ui/StatePanel';
import { AttentionBanner } from './AttentionBanner';
import { canReply } from './composer/can-reply';
import { ThreadComposer } from './composer/ThreadComposer';
import { contactLabel } from './contact';
import type { ThreadState } from './inbox-state';
import { MessageList } from './MessageList';
import { readKey } from './read-receipts';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { ThreadHeader } from './ThreadHeader';
import { useMarkRead } from './use-mark-read';

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
      {thread && <ThreadHeader conversation={conversation} />}
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
    </main>
  );
}
