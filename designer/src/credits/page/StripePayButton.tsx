import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';

interface Props {
  /** The total to pay, formatted; null until the quote of the credits typed is known. */
  total: string | null;
  /** Starts the purchase and goes to Stripe's Checkout page. */
  onPay: () => Promise<void>;
}

/** Paying with Stripe Checkout: Stripe's own page takes the card, then returns here. */
export function StripePayButton({ total, onPay }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const pay = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onPay();
    } catch (e) {
      setFailure(toApiError(e));
      setBusy(false);
    }
  };
  return (
    <div className="pay-form">
      <FormAlert error={failure} />
      <p className="field__hint">{t('creditsPage.buy.stripeHint')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || total === null}
        onClick={() => void pay()}
        data-testid="credits-pay"
      >
        {total ? t('creditsPage.buy.stripeTotal', { total }) : t('creditsPage.buy.stripe')}
      </button>
    </div>
  );
}
