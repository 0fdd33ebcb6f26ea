import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { FormAlert } from '../forms/FormAlert';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { auditLogQuery } from './audit.api';
import { AuditEntryRow } from './AuditEntryRow';

/** Settings → Audit log: newest first, older pages on demand. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const log = useInfiniteQuery(auditLogQuery);

  let content;
  if (log.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (log.isError && !log.data) {
    content = (
      <StatePanel
        tone="error"
        title={t('audit.loadFailed')}
        body={errorText(log.error, t)}
        onRetry={() => void log.refetch()}
      />
    );
  } else {
    const entries = log.data.pages.flatMap((page) => page.items);
    content =
      entries.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--audit" aria-labelledby="page-heading">
              <thead>
                <tr>
                  <th scope="col">{t('audit.column.at')}</th>
                  <th scope="col">{t('audit.column.actor')}</th>
                  <th scope="col">{t('audit.column.action')}</th>
                  <th scope="col">{t('audit.column.target')}</th>
                  <th scope="col">{t('audit.column.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <AuditEntryRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
          <FormAlert error={log.isFetchNextPageError ? log.error : null} />
          {log.hasNextPage && (
            <button
              type="button"
              className="button button--block"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? t('common.loadingMore') : t('audit.loadMore')}
            </button>
          )}
        </>
      );
  }

  return (
    <Page title={t('audit.title')} intro={<p>{t('audit.intro')}</p>}>
      {content}
    </Page>
  );
}
