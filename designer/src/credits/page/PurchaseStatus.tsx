import type { Purchase } from '@parley/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { useLocale } from '../../i18n/use-locale';
import { creditAccountQuery } from '../credits.api';
import { purchaseStatusText } from './purchase-view';
import { isUnsettled, purchaseQuery } from './purchases.api';

/** The alert each state is shown in. */
const alertTone = {
  pending: 'info',
  paid: 'info',
  granted: 'success',
  declined: 'error',
  expired: 'warning',
} as const satisfies Record<Purchase['status'], 'info' | 'success' | 'error' | 'warning'>;

/**
 * One purchase's progress — being paid, added, declined and why — as the live stream tells it
 * and, until it is settled, as read again every two seconds. Once settled, the balance is read again.
 */
export function PurchaseStatus({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const { data: purchase, error } = useQuery(purchaseQuery(id));
  const settled = purchase ? !isUnsettled(purchase) : false;
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: creditAccountQuery.queryKey });
  }, [settled, queryClient]);

  return (
    <div className="purchase-status" role="status">
      {purchase ? (
        <p
          className={`alert alert--${alertTone[purchase.status]}`}
          data-testid="credits-purchase-status"
          data-status={purchase.status}
        >
          {purchaseStatusText(purchase, t, locale)}
        </p>
      ) : error ? (
        <p className="alert alert--error">
          {t('creditsPage.purchase.loadFailed')} {errorText(error, t)}
        </p>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}
