import {
  placeholders,
  templateButtonTypes,
  templateLimits,
  type TemplateButton,
  type TemplateButtonType,
} from '@parley/contracts';
import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../forms/TextField';
import { blankButton, canAdd, insertionIndex } from '../button-slots';
import { errorAt, type StepProps } from '../form-context';
import { FieldErrorText } from './FieldErrorText';

const addLabels = {
  QUICK_REPLY: 'templates.form.addQuickReply',
  URL: 'templates.form.addUrl',
  PHONE_NUMBER: 'templates.form.addPhone',
  COPY_CODE: 'templates.form.addCopyCode',
} as const satisfies Record<TemplateButtonType, string>;

function ButtonFields({
  index,
  button,
  form,
  errors,
}: StepProps & { index: number; button: TemplateButton }) {
  const { t } = useTranslation();
  const at = (field: string) => errorAt(errors, `buttons.${index}.${field}`);
  const label =
    button.type === 'COPY_CODE' ? null : (
      <TextField
        label={t('templates.form.buttonText')}
        registration={form.register(`buttons.${index}.text`)}
        error={at('text')}
        counter={{ count: button.text.length, max: templateLimits.buttonTextMax }}
        autoComplete="off"
      />
    );
  switch (button.type) {
    case 'QUICK_REPLY':
      return label;
    case 'URL':
      return (
        <>
          {label}
          <TextField
            label={t('templates.form.buttonUrl')}
            hint={t('templates.form.buttonUrlHint', { example: '{{1}}' })}
            type="url"
            inputMode="url"
            registration={form.register(`buttons.${index}.url`)}
            error={at('url')}
            autoComplete="off"
            spellCheck={false}
          />
          {placeholders(button.url).length > 0 && (
            <TextField
              label={t('templates.form.buttonUrlExample')}
              registration={form.register(`buttons.${index}.example`)}
              error={at('example')}
              autoComplete="off"
            />
          )}
        </>
      );
    case 'PHONE_NUMBER':
      return (
        <>
          {label}
          <TextField
            label={t('templates.form.buttonPhone')}
            hint={t('templates.form.buttonPhoneHint')}
            type="tel"
            registration={form.register(`buttons.${index}.phoneNumber`)}
            error={at('phoneNumber')}
            autoComplete="off"
          />
        </>
      );
    case 'COPY_CODE':
      return (
        <TextField
          label={t('templates.form.buttonCodeExample')}
          hint={t('templates.form.buttonCodeExampleHint')}
          registration={form.register(`buttons.${index}.example`)}
          error={at('example')}
          counter={{ count: button.example.length, max: templateLimits.copyCodeMax }}
          autoComplete="off"
          spellCheck={false}
        />
      );
  }
}

/** Step 6: quick replies, website, phone and copy-code buttons; added, removed and reordered. */
export function ButtonsStep(props: StepProps) {
  const { form, values, errors } = props;
  const { t } = useTranslation();
  const id = useId();
  const list = useFieldArray({ control: form.control, name: 'buttons' });
  const buttons = values.buttons ?? [];
  const marketing = values.category === 'MARKETING';

  const add = (type: TemplateButtonType) => list.insert(insertionIndex(buttons, type), blankButton(type));

  return (
    <fieldset className="form-step" aria-describedby={`${id}-hint ${id}-count`}>
      <legend className="form-step__title">{t('templates.form.steps.buttons')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('templates.form.stepHint.buttons')}
      </p>
      <p id={`${id}-count`} className="button-count">
        {t('templates.form.buttonsCount', { count: buttons.length, max: templateLimits.buttonsMax })}
      </p>
      <FieldErrorText error={errorAt(errors, 'buttons.root')} />
      {list.fields.length > 0 && (
        <ol className="button-editors">
          {list.fields.map((field, index) => {
            const button = buttons[index];
            if (!button) return null;
            const number = index + 1;
            const ref = <span className="visually-hidden"> {t('templates.form.buttonRef', { number })}</span>;
            return (
              <li key={field.id} className="button-editor">
                <fieldset className="fieldset">
                  <legend className="button-editor__title">
                    {t('templates.form.buttonLegend', {
                      number,
                      type: t(`templates.form.buttonType.${button.type}`),
                    })}
                  </legend>
                  <FieldErrorText error={errorAt(errors, `buttons.${index}.type`)} />
                  <ButtonFields {...props} index={index} button={button} />
                  <div className="button-editor__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === 0}
                      onClick={() => list.swap(index, index - 1)}
                    >
                      {t('templates.form.moveUp')}
                      {ref}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === list.fields.length - 1}
                      onClick={() => list.swap(index, index + 1)}
                    >
                      {t('templates.form.moveDown')}
                      {ref}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger-outline"
                      onClick={() => list.remove(index)}
                    >
                      {t('templates.form.remove')}
                      {ref}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-adders">
        {templateButtonTypes.map((type) =>
          type === 'COPY_CODE' && !marketing ? null : (
            <button
              key={type}
              type="button"
              className="button button--small"
              disabled={!canAdd(buttons, type, marketing)}
              onClick={() => add(type)}
            >
              <span aria-hidden="true">+</span> {t(addLabels[type])}
            </button>
          ),
        )}
      </div>
      {!marketing && <p className="field__hint">{t('templates.form.copyCodeMarketingOnly')}</p>}
    </fieldset>
  );
}
