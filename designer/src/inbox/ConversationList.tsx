import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { StatePanel } from '../ui/StatePanel';
import { ConversationListItem } from './ConversationListItem';
import type { ListState } from './inbox-state';
import { useNow } from './use-now';

interface Props {
  list: ListState;
  onRetry: () => void;
  onLoadMore: () => void;
}

export function ConversationList({ list, onRetry, onLoadMore }: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);

  let content;
  if (list.status === 'loading') content = <StatePanel tone="loading" title={t('inbox.list.loading')} />;
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
    content = <StatePanel title={t('inbox.list.emptyTitle')} body={t('inbox.list.emptyBody')} />;
  } else {
    content = (
      <>
        <ol className="conversation-list">
          {list.items.map((c) => (
            <ConversationListItem key={c.id} conversation={c} now={now} />
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
      <h1 id="conversations-heading" className="pane-heading" tabIndex={-1}>
        {t('inbox.list.heading')}
      </h1>
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
