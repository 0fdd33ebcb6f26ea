import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { StatePanel } from '../ui/StatePanel';
import { ConversationListItem } from './ConversationListItem';
import type { ListState } from './inbox-state';
import { useNow } from './use-now';

interface Props {
  list: ListState;
  /** The signed-in person, named "you" as an assignee. */
  me: string;
  onRetry: () => void;
  onLoadMore: () => void;
  /** Beside the heading: the keyboard shortcuts' button. */
  headingAction?: ReactNode;
  /** Under the heading: the views, the filters, the outcome of the last action. */
  toolbar?: ReactNode;
  /** What an empty list shows (by default: no conversations yet). */
  empty?: ReactNode;
  /** Whether the list is waiting for its view (the default view being worked out). */
  waiting?: boolean;
}

export function ConversationList({
  list,
  me,
  onRetry,
  onLoadMore,
  headingAction,
  toolbar,
  empty,
  waiting = false,
}: Props) {
  const { t } = useTranslation();
  const queue = list.view?.filters.view === 'queue';
  // The queue's waits tick in minutes; other lists' relative times less often.
  const now = useNow(queue ? 10_000 : 30_000);

  let content;
  if (waiting || list.status === 'loading')
    content = <StatePanel tone="loading" title={t('inbox.list.loading')} />;
  else if (list.status === 'error') {
    content = (
      <StatePanel
        tone="error"
        title={t('inbox.list.loadFailed')}
        body={list.error ? errorText(list.error, t) : undefined}
        onRetry={onRetry}
      />
    );
  } else if (list.items.length === 0) {
    content = empty ?? <StatePanel title={t('inbox.list.emptyTitle')} body={t('inbox.list.emptyBody')} />;
  } else {
    content = (
      <>
        <ol className="conversation-list" data-testid="conversation-list">
          {list.items.map((c) => (
            <ConversationListItem key={c.id} conversation={c} now={now} me={me} queue={queue} />
          ))}
        </ol>
        {list.moreError && (
          <p className="inline-error" role="alert">
            {errorText(list.moreError, t)}
          </p>
        )}
        {list.nextCursor !== null && (
          <button
            type="button"
            className="button button--block"
            onClick={onLoadMore}
            disabled={list.loadingMore}
          >
            {list.loadingMore
              ? t('inbox.list.loadingMore')
              : list.moreError
                ? t('common.retry')
                : t('inbox.list.loadMore')}
          </button>
        )}
      </>
    );
  }

  return (
    <nav className="list-pane" aria-labelledby="conversations-heading">
      <div className="list-pane__head">
        <h1 id="conversations-heading" className="pane-heading" tabIndex={-1}>
          {t('inbox.list.heading')}
        </h1>
        {headingAction}
      </div>
      {toolbar}
      {list.status === 'ready' && list.error && (
        <p className="inline-error" role="alert">
          {t('inbox.list.refreshFailed')}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {content}
    </nav>
  );
}
