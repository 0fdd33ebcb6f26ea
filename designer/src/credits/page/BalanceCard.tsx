import type { CreditAccount } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { Badge } from '../../ui/Badge';
import { DetailsList } from '../../ui/DetailsList';
import { Section } from '../../ui/Section';
import { creditAmount } from '../credit-amount';
import { formatCredits } from '../credit-format';

/** The balance, what is set aside for messages on their way, the warning and the pricing in force. */
export function BalanceCard({ account }: { account: CreditAccount }) {
  const { t } = useTranslation();
  const { lang, locale } = useLocale();
  const threshold =
    account.lowBalanceThreshold === null
      ? t('creditsPage.balance.thresholdOff')
      : t('creditsPage.balance.thresholdAt', {
          amount: creditAmount(account.lowBalanceThreshold, t, locale),
        });
  return (
    <Section id="credits-balance" title={t('creditsPage.balance.heading')}>
      <div className="credit-figures">
        <p className="credit-figure">
          <span className="credit-figure__label">{t('creditsPage.balance.balance')}</span>
          <span className="credit-figure__value" data-testid="credits-balance">
            {formatCredits(account.balance, locale)}
          </span>
          {account.low && <Badge tone="warning">{t('creditsPage.balance.low')}</Badge>}
        </p>
        <p className="credit-figure">
          <span className="credit-figure__label">{t('creditsPage.balance.reserved')}</span>
          <span className="credit-figure__value credit-figure__value--minor" data-testid="credits-reserved">
            {formatCredits(account.reserved, locale)}
          </span>
        </p>
      </div>
      <DetailsList
        rows={[
          [t('creditsPage.balance.threshold'), threshold],
          [
            t('creditsPage.balance.pricing'),
            <>
              <strong>{t(`creditsPage.balance.model.${account.pricing.model}`)}</strong>
              <span className="credit-pricing__description">
                {account.pricing.description[lang] ?? account.pricing.description.en}
              </span>
            </>,
          ],
        ]}
      />
    </Section>
  );
}
