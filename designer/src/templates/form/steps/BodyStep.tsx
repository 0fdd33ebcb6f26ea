import { isValidVariableName, templateLimits, variablesOf } from '@parley/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../forms/TextAreaField';
import { TextField } from '../../../forms/TextField';
import { errorAt, type StepProps } from '../form-context';
import { insertAt, nextVariable } from '../insert-variable';

/** Step 4: the message text, "Add variable" at the cursor, and a sample for every variable in it. */
export function BodyStep({ form, values, errors }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [added, setAdded] = useState('');
  const variables = variablesOf(values.body).filter(isValidVariableName);

  const addVariable = () => {
    const body = form.getValues('body');
    const element = textarea.current;
    const start = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? body.length;
    const next = insertAt(body, start, end, nextVariable(body));
    form.setValue('body', next.text, { shouldDirty: true });
    setAdded(t('templates.form.variableAdded', { variable: next.token }));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <fieldset className="form-step">
      <legend className="form-step__title">{t('templates.form.steps.body')}</legend>
      <TextAreaField
        label={t('templates.form.body')}
        hint={t('templates.form.bodyHint', { example: '{{1}}', named: '{{order_id}}' })}
        registration={form.register('body')}
        error={errorAt(errors, 'body')}
        counter={{ count: values.body.length, max: templateLimits.bodyMax }}
        rows={7}
        textareaRef={textarea}
      />
      <div className="section__row">
        <button type="button" className="button button--small" onClick={addVariable}>
          {t('templates.form.addVariable')}
        </button>
        <p role="status" className="visually-hidden">
          {added}
        </p>
      </div>
      {variables.length > 0 && (
        <fieldset className="fieldset samples" aria-describedby={`${id}-samples`}>
          <legend className="field__label">{t('templates.form.samples')}</legend>
          <p id={`${id}-samples`} className="field__hint">
            {t('templates.form.samplesHint')}
          </p>
          {variables.map((name) => (
            <TextField
              key={name}
              label={t('templates.form.sample', { variable: `{{${name}}}` })}
              registration={form.register(`examples.${name}`)}
              error={errorAt(errors, `examples.${name}`)}
              autoComplete="off"
            />
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
