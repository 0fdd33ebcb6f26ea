import { zodResolver } from '@hookform/resolvers/zod';
import { completeWhatsAppSignupRequest, type ChannelAccount, type WhatsAppSignup } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { fieldErrorText } from '../../forms/field-error-text';
import { blankAsAbsent } from '../../forms/blank-as-absent';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm } from '../../forms/report-to-form';
import { TextField } from '../../forms/TextField';
import { completeWhatsAppSignup } from '../channel-accounts.api';
import { channelAccountsQuery } from '../channel-accounts.query';
import { NumberOption } from './NumberOption';

interface Props {
  signup: WhatsAppSignup;
  onConnected: (account: ChannelAccount) => void;
  onRestart: () => void;
}

/** Step 2: pick one of the WABA's numbers, give its two-step verification PIN, optionally a name. */
export function ChooseNumberStep({ signup, onConnected, onRestart }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const free = signup.phoneNumbers.filter((n) => !n.connectedHere && !n.connectedElsewhere);
  const preselected = free.find((n) => n.id === signup.suggestedPhoneNumberId)?.id ?? free[0]?.id ?? '';
  const complete = useMutation({
    mutationFn: (body: Parameters<typeof completeWhatsAppSignup>[1]) =>
      completeWhatsAppSignup(signup.id, body),
    onSuccess: async (account) => {
      await queryClient.invalidateQueries({ queryKey: channelAccountsQuery.queryKey });
      onConnected(account);
    },
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(completeWhatsAppSignupRequest),
    defaultValues: { phoneNumberId: preselected, pin: '' },
  });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await complete.mutateAsync(values);
    } catch (e) {
      setFailure(
        reportToForm(e, form.setError, ['phoneNumberId', 'pin', 'name'], {
          PIN_MISMATCH: { field: 'pin', message: t('whatsapp.choose.pinMismatch') },
          REGISTRATION_LOCKED: { field: 'pin', message: t('whatsapp.choose.registrationLocked') },
        }),
      );
    }
  });

  const waba = signup.waba?.name;
  return (
    <section className="wizard-step" aria-labelledby="wizard-step-title">
      <h3 id="wizard-step-title" ref={heading} className="wizard-step__title" tabIndex={-1}>
        {t('whatsapp.steps.choose')}
      </h3>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <fieldset className="fieldset" aria-describedby={errors.phoneNumberId ? 'number-error' : undefined}>
          <legend className="field__label">
            {t('whatsapp.choose.numbers')}
            <span className="fieldset__sub">
              {waba ? t('whatsapp.choose.intro', { waba }) : t('whatsapp.choose.introNoName')}
            </span>
          </legend>
          <ul className="number-options">
            {signup.phoneNumbers.map((option) => (
              <NumberOption key={option.id} option={option} registration={form.register('phoneNumberId')} />
            ))}
          </ul>
          {free.length === 0 && <p className="notice notice--warning">{t('whatsapp.choose.noneFree')}</p>}
          {errors.phoneNumberId && (
            <p id="number-error" className="field__error">
              {fieldErrorText(errors.phoneNumberId, t, { invalid_format: t('whatsapp.choose.chooseOne') })}
            </p>
          )}
        </fieldset>
        <TextField
          label={t('whatsapp.choose.pin')}
          hint={t('whatsapp.choose.pinHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          className="field__input field__input--pin"
          registration={form.register('pin')}
          error={errors.pin}
          errorMessages={{ invalid_format: t('whatsapp.choose.pinInvalid') }}
        />
        <TextField
          label={t('whatsapp.choose.name')}
          hint={t('whatsapp.choose.nameHint')}
          maxLength={80}
          registration={form.register('name', { setValueAs: blankAsAbsent })}
          error={errors.name}
        />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onRestart}>
            {t('whatsapp.start.again')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={isSubmitting || free.length === 0}
          >
            {isSubmitting ? t('whatsapp.choose.submitting') : t('whatsapp.choose.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
