import { templateLimits } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../forms/TextField';
import { errorAt, type StepProps } from '../form-context';
import { FieldErrorText } from './FieldErrorText';

const minutes = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** Authentication templates: WhatsApp writes the text; the admin picks these options. */
export function CodeStep({ form, values, errors }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="form-step" aria-describedby={`${id}-hint`}>
      <legend className="form-step__title">{t('templates.form.steps.code')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('templates.form.stepHint.code')}
      </p>
      <FieldErrorText error={errorAt(errors, 'authentication')} />
      <div className="check-field">
        <input
          id={`${id}-security`}
          type="checkbox"
          aria-describedby={`${id}-security-hint`}
          {...form.register('authentication.addSecurityRecommendation')}
        />
        <label htmlFor={`${id}-security`} className="check-field__label">
          {t('templates.form.security')}
        </label>
        <p id={`${id}-security-hint`} className="check-field__hint">
          {t('templates.form.securityHint')}
        </p>
      </div>
      <TextField
        label={t('templates.form.expiry')}
        hint={t('templates.form.expiryHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={templateLimits.codeExpirationMinutesMax}
        step={1}
        className="field--narrow"
        registration={form.register('authentication.codeExpirationMinutes', { setValueAs: minutes })}
        error={errorAt(errors, 'authentication.codeExpirationMinutes')}
      />
      <TextField
        label={t('templates.form.copyButtonText')}
        registration={form.register('authentication.buttonText')}
        error={errorAt(errors, 'authentication.buttonText')}
        counter={{ count: values.authentication.buttonText.length, max: templateLimits.buttonTextMax }}
        autoComplete="off"
      />
    </fieldset>
  );
}
