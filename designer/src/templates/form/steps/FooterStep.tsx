import { templateLimits } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../forms/TextField';
import { errorAt, type StepProps } from '../form-context';

/** Step 5: an optional short line in grey under the message. */
export function FooterStep({ form, values, errors }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="form-step" aria-describedby={`${id}-hint`}>
      <legend className="form-step__title">{t('templates.form.steps.footer')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('templates.form.stepHint.footer')}
      </p>
      <TextField
        label={t('templates.form.footer')}
        registration={form.register('footer')}
        error={errorAt(errors, 'footer')}
        counter={{ count: values.footer.length, max: templateLimits.footerMax }}
        autoComplete="off"
      />
    </fieldset>
  );
}
