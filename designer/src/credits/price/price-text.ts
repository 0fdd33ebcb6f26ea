import type { MessagePriceDto } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';
import { creditAmount } from '../credit-amount';
import { formatCredits } from '../credit-format';

/**
 * The price line's words: "13 credits (balance 120)", or free and why. The composer says it of
 * "this message", beside what is being written.
 */
export function priceText(
  price: MessagePriceDto,
  where: 'template' | 'composer',
  t: Translate,
  locale: string,
): string {
  if (price.free) return t(`credits.price.free.${price.free}`);
  const figures = {
    amount: creditAmount(price.credits, t, locale),
    balance: formatCredits(price.balance, locale),
  };
  return where === 'composer' ? t('credits.price.composerCost', figures) : t('credits.price.cost', figures);
}
