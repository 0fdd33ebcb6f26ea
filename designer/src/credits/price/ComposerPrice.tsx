import type { Conversation } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { BuyCreditsRemedy } from './BuyCreditsRemedy';
import { MessagePriceLine } from './MessagePriceLine';
import { priceText } from './price-text';
import { useMessagePrice } from './use-message-price';

/** Beside the composer: what a free-form message costs, shown only when it isn't free. */
export function ComposerPrice({ conversation, locked }: { conversation: Conversation; locked: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const price = useMessagePrice(conversation, null, !locked).data;
  if (locked || !price || price.free) return null;
  return (
    <MessagePriceLine
      price={price}
      text={priceText(price, 'composer', t, locale)}
      testId="composer-price"
      remedy={<BuyCreditsRemedy />}
    />
  );
}
