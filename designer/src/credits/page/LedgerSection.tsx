import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { FormAlert } from '../../forms/FormAlert';
import { Section } from '../../ui/Section';
import { ledgerCsvUrl, ledgerQuery } from './ledger.api';
import { ledgerFiltersProblem, noLedgerFilters } from './ledger-filters';
import { LedgerFilters } from './LedgerFilters';
import { LedgerRow } from './LedgerRow';

const columns = [
  'at',
  'kind',
  'amount',
  'balanceAfter',
  'category',
  'market',
  'conversation',
  'note',
  'actor',
] as const;

/** The columns of numbers, aligned on their last digit. */
const figures = new Set<string>(['amount', 'balanceAfter']);

/** The ledger: every move of the balance, newest first, filtered, older pages on demand, as CSV. */
export function LedgerSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(noLedgerFilters);
  const problem = ledgerFiltersProblem(filters);
  const ledger = useInfiniteQuery({
    ...ledgerQuery(filters, timeZone),
    enabled: problem === null,
    placeholderData: keepPreviousData,
  });
  const entries = ledger.data?.pages.flatMap((page) => page.items) ?? [];

  let content;
  if (problem) content = <p className="field__error">{t(`creditsPage.ledger.${problem}`)}</p>;
  else if (ledger.isPending) content = <p className="muted">{t('common.loading')}</p>;
  else if (ledger.isError && !ledger.data)
    content = <p className="inline-error">{errorText(ledger.error, t)}</p>;
  else if (entries.length === 0) content = <p className="muted">{t('creditsPage.ledger.empty')}</p>;
  else
    content = (
      <>
        <div className="table-wrap">
          <table className="table table--ledger" aria-labelledby="credits-ledger">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={figures.has(column) ? 'table__number' : undefined}>
                    {t(`creditsPage.ledger.column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <LedgerRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
        <FormAlert error={ledger.isFetchNextPageError ? ledger.error : null} />
        {ledger.hasNextPage && (
          <button
            type="button"
            className="button button--block"
            disabled={ledger.isFetchingNextPage}
            onClick={() => void ledger.fetchNextPage()}
          >
            {ledger.isFetchingNextPage ? t('common.loadingMore') : t('creditsPage.ledger.loadMore')}
          </button>
        )}
      </>
    );

  return (
    <Section
      id="credits-ledger"
      title={t('creditsPage.ledger.heading')}
      intro={t('creditsPage.ledger.intro')}
    >
      <div className="ledger-toolbar">
        <LedgerFilters filters={filters} onChange={setFilters} />
        <a className="button" href={ledgerCsvUrl(filters, timeZone)} data-testid="credits-ledger-export">
          {t('creditsPage.ledger.export')}
        </a>
      </div>
      {content}
    </Section>
  );
}
