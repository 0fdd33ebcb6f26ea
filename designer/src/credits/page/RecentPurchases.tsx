import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { Badge } from '../../ui/Badge';
import { Section } from '../../ui/Section';
import { formatCredits, formatMoney } from '../credit-format';
import { purchaseTone } from './purchase-view';
import { purchasesQuery } from './purchases.api';

/** The latest purchases: when, how many credits, what they cost, how far they got, who bought them. */
export function RecentPurchases() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const purchases = useQuery(purchasesQuery);
  let content;
  if (purchases.isPending) content = <p className="muted">{t('common.loading')}</p>;
  else if (purchases.isError) content = <p className="inline-error">{errorText(purchases.error, t)}</p>;
  else if (purchases.data.length === 0) content = <p className="muted">{t('creditsPage.purchase.none')}</p>;
  else
    content = (
      <div className="table-wrap">
        <table className="table" aria-labelledby="credits-purchases">
          <thead>
            <tr>
              <th scope="col">{t('creditsPage.purchase.column.at')}</th>
              <th scope="col" className="table__number">
                {t('creditsPage.purchase.column.credits')}
              </th>
              <th scope="col" className="table__number">
                {t('creditsPage.purchase.column.total')}
              </th>
              <th scope="col">{t('creditsPage.purchase.column.status')}</th>
              <th scope="col">{t('creditsPage.purchase.column.by')}</th>
            </tr>
          </thead>
          <tbody>
            {purchases.data.map(({ id, createdAt, credits, quote, status, createdBy }) => (
              <tr key={id}>
                <td>{formatDateTime(createdAt, locale)}</td>
                <td className="table__number">{formatCredits(credits, locale)}</td>
                <td className="table__number">
                  {formatMoney(quote.total, quote.currency, quote.minorDigits, locale)}
                </td>
                <td>
                  <Badge tone={purchaseTone[status]}>{t(`creditsPage.purchase.label.${status}`)}</Badge>
                </td>
                <td>{createdBy?.name ?? t('common.dash')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <Section id="credits-purchases" title={t('creditsPage.purchase.recent')}>
      {content}
    </Section>
  );
}
