import type { BillingCategory } from '@parley/contracts';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatCredits } from '../credit-format';
import type { UsageSeries } from './usage-series';
import { UsageTable } from './UsageTable';

/** One colour per billing category, readable on the light and the dark theme. */
const colours: Record<BillingCategory, string> = {
  marketing: '#d9822b',
  marketing_lite: '#e8b04b',
  utility: '#2b8fd6',
  authentication: '#12977f',
  authentication_international: '#6cc3b2',
  service: '#8d6bd1',
  referral_conversion: '#d0556b',
};

/** The tooltip in the page's colours (it is styled inline). */
const tooltipStyle = { background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' };

/** A day of the period on the axis and in the tooltip: "12 Mar", "3月12日". */
const dayLabel = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Credits charged per day, a stacked bar per category; the same figures as a table for screen readers. */
export function UsageChart({ series, locale }: { series: UsageSeries; locale: string }) {
  const { t } = useTranslation();
  const credits = (value: unknown) => formatCredits(Number(value), locale);
  return (
    <figure className="usage-chart" data-testid="credits-usage-chart">
      <figcaption className="visually-hidden">{t('creditsPage.usage.chart')}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={series.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tickFormatter={(iso: string) => dayLabel(iso, locale)} minTickGap={12} />
            <YAxis allowDecimals={false} tickFormatter={credits} width={56} />
            <Tooltip
              labelFormatter={(iso) => dayLabel(String(iso), locale)}
              formatter={credits}
              contentStyle={tooltipStyle}
            />
            <Legend />
            {series.categories.map((category) => (
              <Bar
                key={category}
                dataKey={category}
                name={t(`creditsPage.category.${category}`)}
                stackId="charged"
                fill={colours[category]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <UsageTable series={series} locale={locale} dayLabel={dayLabel} />
    </figure>
  );
}
