import { type Purchase, paymentFailureCodes } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';
import type { BadgeTone } from '../../ui/Badge';
import { creditAmount } from '../credit-amount';

/** How each state of a purchase is marked. */
export const purchaseTone = {
  pending: 'info',
  paid: 'info',
  granted: 'success',
  declined: 'danger',
  expired: 'warning',
} as const satisfies Record<Purchase['status'], BadgeTone>;

/** A purchase's progress in words: "12,000 credits added to the balance.", "Declined: …". */
export function purchaseStatusText(purchase: Purchase, t: Translate, locale: string): string {
  switch (purchase.status) {
    case 'granted':
      return t('creditsPage.purchase.status.granted', { amount: creditAmount(purchase.credits, t, locale) });
    case 'declined':
      return purchase.failureReason
        ? t('creditsPage.purchase.status.declined', { reason: failureText(purchase, t) })
        : t('creditsPage.purchase.status.declinedNoReason');
    default:
      return t(`creditsPage.purchase.status.${purchase.status}`);
  }
}

/** The provider's reason in the person's language when its code is known, else as the provider gave it. */
function failureText(purchase: Purchase, t: Translate): string {
  const code = paymentFailureCodes.find((known) => known === purchase.failureCode);
  return code ? t(`creditsPage.purchase.failure.${code}`) : (purchase.failureReason ?? '');
}
