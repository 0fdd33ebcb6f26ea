import { useI18n } from '../i18n/i18n-context';
import { ConversationListItem } from './ConversationListItem';
import type { ListState } from './inbox-state';
import { StatePanel } from './StatePanel';
import { useNow } from './use-now';

interface Props {
  list: ListState;
  selectedId: string | null;
  onRetry: () => void;
  onLoadMore: () => void;
}

export function ConversationList({ list, selectedId, onRetry, onLoadMore }: Props) {
  const { t } = useI18n();
  const now = useNow(30_000);

  let content;
  if (list.status === 'loading') content = <StatePanel tone="loading" title={t.list.loading} />;
  else if (list.status === 'error') {
    content = (
      <StatePanel tone="error" title={t.list.loadFailed} body={list.error?.message} onRetry={onRetry} />
    );
  } else if (list.items.length === 0) {
    content = <StatePanel title={t.list.emptyTitle} body={t.list.emptyBody} />;
  } else {
    content = (
      <>
        <ol className="conversation-list">
          {list.items.map((c) => (
            <ConversationListItem key={c.id} conversation={c} selected={c.id === selectedId} now={now} />
          ))}
        </ol>
        {list.moreError && (
          <p className="inline-error" role="alert">
            {list.moreError.message}
          </p>
        )}
        {list.nextCursor !== null && (
          <button
            type="button"
            className="button button--block"
            onClick={onLoadMore}
            disabled={list.loadingMore}
          >
            {list.loadingMore ? t.list.loadingMore : list.moreError ? t.retry : t.list.loadMore}
          </button>
        )}
      </>
    );
  }

  return (
    <nav className="list-pane" aria-labelledby="conversations-heading">
      <h1 id="conversations-heading" className="pane-heading">
        {t.list.heading}
      </h1>
      {list.status === 'ready' && list.error && (
        <p className="inline-error" role="alert">
          {t.list.refreshFailed}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t.retry}
          </button>
        </p>
      )}
      {content}
    </nav>
  );
}
