import type { MessagePriceDto } from '@parley/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import { useLocale } from '../../i18n/use-locale';
import { BuyCreditsRemedy } from './BuyCreditsRemedy';
import { MessagePriceLine } from './MessagePriceLine';
import { priceText } from './price-text';

/** The send dialog's price of the chosen template: checking, the price, or why it is unknown. */
export function TemplatePrice({ price }: { price: UseQueryResult<MessagePriceDto, ApiError> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (price.data)
    return (
      <MessagePriceLine
        price={price.data}
        text={priceText(price.data, 'template', t, locale)}
        testId="template-price"
        remedy={<BuyCreditsRemedy />}
      />
    );
  if (price.isError)
    return <p className="price-line muted">{`${t('credits.price.failed')} ${errorText(price.error, t)}`}</p>;
  if (price.fetchStatus === 'idle') return null;
  return <p className="price-line muted">{t('credits.price.checking')}</p>;
}
