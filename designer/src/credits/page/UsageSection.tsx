import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { useLocale } from '../../i18n/use-locale';
import { Section } from '../../ui/Section';
import { creditAmount } from '../credit-amount';
import { usageQuery } from './ledger.api';
import { UsageChart } from './UsageChart';
import { periodDays, usagePeriods, usageSeries, type UsagePeriod } from './usage-series';

/** Credits charged per day and category over the last 7, 30 or 90 days. */
export function UsageSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const periodId = useId();
  const [period, setPeriod] = useState<UsagePeriod>(30);
  const { from, to } = useMemo(() => periodDays(period, new Date()), [period]);
  const usage = useQuery(usageQuery(from, to, timeZone));
  const series = useMemo(() => usage.data && usageSeries(usage.data, from, to), [usage.data, from, to]);

  let content;
  if (usage.isError) content = <p className="inline-error">{errorText(usage.error, t)}</p>;
  else if (!usage.data || !series) content = <p className="muted">{t('common.loading')}</p>;
  else
    content = (
      <>
        <p>
          {usage.data.total === 0
            ? t('creditsPage.usage.empty')
            : t('creditsPage.usage.total', { amount: creditAmount(usage.data.total, t, locale) })}
        </p>
        <UsageChart series={series} locale={locale} />
      </>
    );

  return (
    <Section id="credits-usage" title={t('creditsPage.usage.heading')} intro={t('creditsPage.usage.intro')}>
      <div className="toolbar">
        <label htmlFor={periodId} className="field__label">
          {t('creditsPage.usage.period')}
        </label>
        <select
          id={periodId}
          className="field__input field__input--compact"
          value={period}
          onChange={(e) => setPeriod(Number(e.target.value) as UsagePeriod)}
        >
          {usagePeriods.map((days) => (
            <option key={days} value={days}>
              {t('creditsPage.usage.days', { count: days })}
            </option>
          ))}
        </select>
      </div>
      {content}
    </Section>
  );
}
