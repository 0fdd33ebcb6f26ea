import type { PurchaseQuoteDto } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent, formatUnitPrice } from '../credit-format';

/** What buying the credits costs: the price per credit, the volume discount, tax and the total. */
export function QuoteSummary({ quote, locale }: { quote: PurchaseQuoteDto; locale: string }) {
  const { t } = useTranslation();
  const money = (minor: number) => formatMoney(minor, quote.currency, quote.minorDigits, locale);
  const rows: [key: string, term: string, value: string][] = [
    [
      'unit',
      t('creditsPage.buy.unitPrice'),
      formatUnitPrice(quote.unitPrice, quote.currency, quote.minorDigits, locale),
    ],
    ['subtotal', t('creditsPage.buy.subtotal'), money(quote.subtotal)],
  ];
  if (quote.discount > 0)
    rows.push([
      'discount',
      t('creditsPage.buy.discount', { percent: formatPercent(quote.discountPercent, locale) }),
      money(-quote.discount),
    ]);
  rows.push([
    'tax',
    t('creditsPage.buy.tax', { percent: formatPercent(quote.taxPercent, locale) }),
    money(quote.tax),
  ]);
  return (
    <dl className="credit-quote" aria-live="polite">
      {rows.map(([key, term, value]) => (
        <div key={key} className="credit-quote__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="credit-quote__row credit-quote__row--total">
        <dt>{t('creditsPage.buy.total')}</dt>
        <dd data-testid="credits-quote-total">{money(quote.total)}</dd>
      </div>
    </dl>
  );
}
