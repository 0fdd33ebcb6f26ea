import type { MessagePriceDto } from '@parley/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  price: MessagePriceDto;
  /** The line's words (`priceText`). */
  text: string;
  testId: 'template-price' | 'composer-price';
  /** What to do when the balance is short: a link to buy credits, or who can. */
  remedy: ReactNode;
}

/** What sending costs now (or that it is free), and a warning when the balance can't cover it. */
export function MessagePriceLine({ price, text, testId, remedy }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className={`price-line${price.sufficient ? '' : ' price-line--short'}`}
      data-testid={testId}
      data-credits={price.credits}
      data-sufficient={String(price.sufficient)}
    >
      <p className="price-line__text">{text}</p>
      {!price.sufficient && (
        <p className="price-line__warning" role="alert">
          {t('credits.price.insufficient')} {remedy}
        </p>
      )}
    </div>
  );
}
