import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { FormAlert } from '../forms/FormAlert';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { deadLettersQuery, deadLetterStatusFilter } from './dead-letters.api';
import { DeadLetterRow } from './DeadLetterRow';

const route = getRouteApi('/app/settings/webhook-deliveries');

/** Settings → Webhook deliveries: what Parley could not read, filterable by state. */
export function DeadLettersPage() {
  const { t } = useTranslation();
  const { status } = route.useSearch();
  const navigate = route.useNavigate();
  const filterId = useId();
  const list = useInfiniteQuery(deadLettersQuery(status));

  let content;
  if (list.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (list.isError && !list.data) {
    content = (
      <StatePanel
        tone="error"
        title={t('deliveries.loadFailed')}
        body={errorText(list.error, t)}
        onRetry={() => void list.refetch()}
      />
    );
  } else {
    const items = list.data.pages.flatMap((page) => page.items);
    content =
      items.length === 0 ? (
        <p className="muted">{t('deliveries.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" aria-labelledby="page-heading">
              <thead>
                <tr>
                  <th scope="col">{t('deliveries.column.received')}</th>
                  <th scope="col">{t('deliveries.column.channel')}</th>
                  <th scope="col">{t('deliveries.column.account')}</th>
                  <th scope="col">{t('deliveries.column.error')}</th>
                  <th scope="col">{t('deliveries.column.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((deadLetter) => (
                  <DeadLetterRow key={deadLetter.id} deadLetter={deadLetter} />
                ))}
              </tbody>
            </table>
          </div>
          <FormAlert error={list.isFetchNextPageError ? list.error : null} />
          {list.hasNextPage && (
            <button
              type="button"
              className="button button--block"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
            </button>
          )}
        </>
      );
  }

  return (
    <Page title={t('deliveries.title')} intro={<p>{t('deliveries.intro')}</p>}>
      <div className="toolbar">
        <label htmlFor={filterId} className="field__label">
          {t('deliveries.filter')}
        </label>
        <select
          id={filterId}
          className="field__input field__input--compact"
          value={status ?? ''}
          onChange={(e) => {
            void navigate({ search: { status: deadLetterStatusFilter.parse(e.target.value) } });
          }}
        >
          <option value="">{t('deliveries.all')}</option>
          <option value="pending">{t('deliveries.pending')}</option>
          <option value="replayed">{t('deliveries.replayed')}</option>
        </select>
      </div>
      {content}
    </Page>
  );
}
