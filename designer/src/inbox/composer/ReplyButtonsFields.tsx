import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import { FieldErrorText } from '../../templates/form/steps/FieldErrorText';
import { charCount } from './composer-values';
import { FrameFields } from './FrameFields';
import type { ComposerFieldsProps } from './use-composer';

/** A message with up to the channel's number of buttons the customer taps to answer. */
export function ReplyButtonsFields(props: ComposerFieldsProps) {
  const { t } = useTranslation();
  const fullId = useId();
  const { form, values, limits, issueAt } = props;
  const buttons = useFieldArray({ control: form.control, name: 'buttons' });
  const rule = limits.replyButtons;
  if (!rule) return null;
  const full = buttons.fields.length >= rule.maxButtons;
  return (
    <div className="composer-fields">
      <FrameFields {...props} />
      <fieldset className="fieldset composer-options">
        <legend className="field__label">{t('composer.buttons.legend')}</legend>
        <p className="field__hint">
          {t('composer.buttons.count', { count: buttons.fields.length, max: rule.maxButtons })}
        </p>
        {buttons.fields.map((field, i) => (
          <div key={field.id} className="composer-options__row">
            <TextField
              className="composer-options__field"
              label={t('composer.buttons.title', { n: i + 1 })}
              registration={form.register(`buttons.${i}.title`)}
              error={issueAt(`buttons.${i}.title`)}
              counter={{ count: charCount(values.buttons[i]?.title ?? ''), max: rule.maxTitleLength }}
              autoComplete="off"
              data-testid={`composer-button-title-${i}`}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => buttons.remove(i)}
              disabled={buttons.fields.length <= 1}
            >
              {t('composer.buttons.remove', { n: i + 1 })}
            </button>
          </div>
        ))}
        <FieldErrorText error={issueAt('buttons')} />
        <button
          type="button"
          className="button button--small"
          onClick={() => buttons.append({ title: '' }, { shouldFocus: true })}
          disabled={full}
          aria-describedby={full ? fullId : undefined}
          data-testid="composer-add-button"
        >
          {t('composer.buttons.add')}
        </button>
        {full && (
          <p id={fullId} className="field__hint">
            {t('composer.buttons.full', { max: rule.maxButtons })}
          </p>
        )}
      </fieldset>
    </div>
  );
}
