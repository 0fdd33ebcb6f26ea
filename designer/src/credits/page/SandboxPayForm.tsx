import { zodResolver } from '@hookform/resolvers/zod';
import { sandboxCardSchema } from '@parley/contracts';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { TextField } from '../../forms/TextField';
import type { SandboxCard } from './buy-credits';
import { cardErrorMessages } from './card-errors';
import { TestCards } from './TestCards';

interface Props {
  /** The total to pay, formatted; null until the quote of the credits typed is known. */
  total: string | null;
  onPay: (card: SandboxCard) => Promise<void>;
}

const blankCard = { number: '', expiry: '', cvc: '', name: '' };

/** The sandbox's card form, checked with the contract's schema, and its test cards. */
export function SandboxPayForm({ total, onPay }: Props) {
  const { t } = useTranslation();
  const messages = useMemo(() => cardErrorMessages(t), [t]);
  const form = useForm({ resolver: zodResolver(sandboxCardSchema), defaultValues: blankCard });
  const { errors, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<ApiError | null>(null);

  const onSubmit = form.handleSubmit(async (card) => {
    setFailure(null);
    try {
      await onPay(card);
      form.reset(blankCard);
    } catch (e) {
      setFailure(toApiError(e));
    }
  });

  return (
    <form className="form pay-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TestCards onUse={(number) => form.setValue('number', number, { shouldValidate: true })} />
      <fieldset className="fieldset card-fields">
        <legend className="field__label">{t('creditsPage.card.heading')}</legend>
        <TextField
          label={t('creditsPage.card.number')}
          registration={form.register('number')}
          error={errors.number}
          errorMessages={messages.number}
          autoComplete="cc-number"
          inputMode="numeric"
          data-testid="credits-card-number"
        />
        <div className="form__row">
          <TextField
            label={t('creditsPage.card.expiry')}
            registration={form.register('expiry')}
            error={errors.expiry}
            errorMessages={messages.expiry}
            autoComplete="cc-exp"
            placeholder="MM/YY"
            data-testid="credits-card-expiry"
          />
          <TextField
            label={t('creditsPage.card.cvc')}
            registration={form.register('cvc')}
            error={errors.cvc}
            errorMessages={messages.cvc}
            autoComplete="cc-csc"
            inputMode="numeric"
            data-testid="credits-card-cvc"
          />
        </div>
        <TextField
          label={t('creditsPage.card.name')}
          registration={form.register('name')}
          error={errors.name}
          autoComplete="cc-name"
          data-testid="credits-card-name"
        />
      </fieldset>
      <button
        type="submit"
        className="button button--primary"
        disabled={isSubmitting || total === null}
        data-testid="credits-pay"
      >
        {isSubmitting
          ? t('creditsPage.buy.paying')
          : total
            ? t('creditsPage.buy.payTotal', { total })
            : t('creditsPage.buy.pay')}
      </button>
    </form>
  );
}
