import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A term and its value; a missing value shows as a dash. */
export type DetailRow = readonly [term: string, value: ReactNode];

/** Facts about one thing, as a definition list: "Plan — Premium", "Received — 1 Dec 2026". */
export function DetailsList({ rows }: { rows: readonly DetailRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term} className="details__row">
          <dt>{term}</dt>
          <dd>{value ?? t('common.dash')}</dd>
        </div>
      ))}
    </dl>
  );
}
