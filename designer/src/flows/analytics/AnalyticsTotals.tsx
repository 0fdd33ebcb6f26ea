import type { FlowAnalytics } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';

const totals = ['started', 'running', 'completed', 'assigned', 'dropped'] as const;

/** How many runs started in the period, and how many of them run still, completed, went to people or dropped. */
export function AnalyticsTotals({ runs }: { runs: FlowAnalytics['runs'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  return (
    <dl className="flow-totals" data-testid="flow-analytics-totals">
      {totals.map((key) => (
        <div key={key} className="flow-totals__item" data-testid={`flow-total-${key}`}>
          <dt>{t(`flowAnalytics.totals.${key}`)}</dt>
          <dd>{number.format(runs[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
