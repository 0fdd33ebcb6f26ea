import { useTranslation } from 'react-i18next';
import { groupedCardNumber, testCards } from './buy-credits';

/** The sandbox's test cards and what each does, each one a click away from the number field. */
export function TestCards({ onUse }: { onUse: (number: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info test-cards">
      <p className="notice__title">{t('creditsPage.testCards.heading')}</p>
      <p>{t('creditsPage.testCards.intro')}</p>
      <ul className="test-cards__list">
        {testCards.map(({ key, number }) => (
          <li key={key} className="test-cards__card">
            <code>{groupedCardNumber(number)}</code>
            <span>{t(`creditsPage.testCards.${key}`)}</span>
            <button
              type="button"
              className="button button--small"
              aria-label={t('creditsPage.testCards.useNumber', { number: groupedCardNumber(number) })}
              onClick={() => onUse(groupedCardNumber(number))}
            >
              {t('creditsPage.testCards.use')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
