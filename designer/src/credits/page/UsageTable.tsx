import { useTranslation } from 'react-i18next';
import { formatCredits } from '../credit-format';
import type { UsageSeries } from './usage-series';

interface Props {
  series: UsageSeries;
  locale: string;
  dayLabel: (iso: string, locale: string) => string;
}

/** The chart's figures as a table, for screen readers: a row per day with charges, a column per category. */
export function UsageTable({ series, locale, dayLabel }: Props) {
  const { t } = useTranslation();
  const charged = series.rows.filter((row) => series.categories.some((c) => (row[c] ?? 0) > 0));
  return (
    <table className="visually-hidden">
      <thead>
        <tr>
          <th scope="col">{t('creditsPage.ledger.column.at')}</th>
          {series.categories.map((category) => (
            <th key={category} scope="col">
              {t(`creditsPage.category.${category}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {charged.map((row) => (
          <tr key={row.date}>
            <th scope="row">{dayLabel(row.date, locale)}</th>
            {series.categories.map((category) => (
              <td key={category}>{formatCredits(row[category] ?? 0, locale)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
