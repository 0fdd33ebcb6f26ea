import type { CreditAccount, Purchase } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { TRANSLATED } from '../../forms/field-error-text';
import { FieldShell } from '../../forms/FieldShell';
import { useLocale } from '../../i18n/use-locale';
import { Section } from '../../ui/Section';
import { formatCredits, formatMoney } from '../credit-format';
import { amountProblem, type SandboxCard } from './buy-credits';
import { QuoteSummary } from './QuoteSummary';
import { SandboxPayForm } from './SandboxPayForm';
import { StripePayButton } from './StripePayButton';
import { useBuyCredits } from './use-buy-credits';
import { useQuote } from './use-quote';

interface Props {
  account: CreditAccount;
  /** A sandbox purchase was taken: its progress is shown. */
  onStarted: (purchase: Purchase) => void;
}

/** Buying credits: how many, the live quote, then the card (sandbox) or Stripe Checkout. */
export function BuyCredits({ account, onStarted }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [typed, setTyped] = useState('');
  const { quote, error, working } = useQuote(typed, account.currency);
  const buy = useBuyCredits(onStarted);
  const { minimumCredits, maximumCredits } = account.payments;
  const range = { min: formatCredits(minimumCredits, locale), max: formatCredits(maximumCredits, locale) };
  const problem = amountProblem(typed, account.payments);
  const fieldError = problem
    ? { type: TRANSLATED, message: t(`creditsPage.buy.${problem}`, range) }
    : error
      ? { type: TRANSLATED, message: errorText(error, t) }
      : undefined;
  const total = quote ? formatMoney(quote.total, quote.currency, quote.minorDigits, locale) : null;
  // Paying is offered only once the quote of what is typed is known (`total`).
  const pay = (card: SandboxCard | null) => (quote ? buy(quote.credits, card) : Promise.resolve());

  return (
    <Section id="credits-buy" title={t('creditsPage.buy.heading')}>
      <FieldShell
        label={t('creditsPage.buy.amount')}
        hint={t('creditsPage.buy.amountHint', range)}
        error={fieldError}
        className="buy-amount"
      >
        {(control) => (
          <input
            {...control}
            className="field__input"
            type="number"
            min={minimumCredits}
            max={maximumCredits}
            step={1}
            inputMode="numeric"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            data-testid="credits-buy-amount"
          />
        )}
      </FieldShell>
      {quote ? (
        <QuoteSummary quote={quote} locale={locale} />
      ) : (
        working && <p className="muted">{t('creditsPage.buy.quoting')}</p>
      )}
      {account.payments.provider === 'sandbox' ? (
        <SandboxPayForm total={total} onPay={pay} />
      ) : (
        <StripePayButton total={total} onPay={() => pay(null)} />
      )}
    </Section>
  );
}
