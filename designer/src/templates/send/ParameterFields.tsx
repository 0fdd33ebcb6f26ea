import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import type { Translate } from '../../i18n/translate';
import { FieldErrorText } from '../form/steps/FieldErrorText';
import { HEADER_FILE_FIELD, type ParameterField, type SendTemplateFormValues } from './send-template-form';

interface Props {
  fields: readonly ParameterField[];
  register: UseFormRegister<SendTemplateFormValues>;
  errors: FieldErrors<SendTemplateFormValues>;
}

const variableLabel = (variable: string | null) => `{{${variable ?? ''}}}`;

/** A field's label: `{{1}}` for the message text (under its legend), the rest in words. */
function parameterLabel(field: ParameterField, t: Translate): string {
  switch (field.kind) {
    case 'header':
      return t('templates.send.header', { variable: variableLabel(field.variable) });
    case 'body':
      return variableLabel(field.variable);
    case 'code':
      return t('templates.send.code');
    case 'url':
      return t('templates.send.url', { button: field.buttonText ?? '' });
    case 'offerCode':
      return t('templates.send.offerCode');
  }
}

/** What a field is for, and the sample the template was approved with. */
function parameterHint(field: ParameterField, t: Translate): string | undefined {
  const sample = field.sample.trim() ? t('templates.send.sample', { sample: field.sample }) : '';
  const about =
    field.kind === 'url'
      ? t('templates.send.urlHint', { url: field.url ?? '' })
      : field.kind === 'code'
        ? t('templates.send.codeHint')
        : field.kind === 'offerCode'
          ? t('templates.send.offerCodeHint')
          : '';
  return [about, sample].filter(Boolean).join(' ') || undefined;
}

function Field({ field, register, errors }: { field: ParameterField } & Omit<Props, 'fields'>) {
  const { t } = useTranslation();
  return (
    <TextField
      label={parameterLabel(field, t)}
      hint={parameterHint(field, t)}
      registration={register(field.name)}
      error={errors[field.name]}
      placeholder={field.sample || undefined}
      autoComplete="off"
    />
  );
}

/** One field per variable of the chosen template: header, message text, then the buttons'. */
export function ParameterFields({ fields, register, errors }: Props) {
  const { t } = useTranslation();
  const body = fields.filter((f) => f.kind === 'body');
  const others = (kinds: readonly ParameterField['kind'][]) => fields.filter((f) => kinds.includes(f.kind));
  return (
    <div className="send-template__values">
      <p className="field__hint">
        {fields.length ? t('templates.send.valuesHint') : t('templates.send.noValues')}
      </p>
      <FieldErrorText error={errors[HEADER_FILE_FIELD]} />
      {others(['header']).map((f) => (
        <Field key={f.name} field={f} register={register} errors={errors} />
      ))}
      {body.length > 0 && (
        <fieldset className="fieldset">
          <legend className="field__label">{t('templates.send.body')}</legend>
          {body.map((f) => (
            <Field key={f.name} field={f} register={register} errors={errors} />
          ))}
        </fieldset>
      )}
      {others(['code', 'url', 'offerCode']).map((f) => (
        <Field key={f.name} field={f} register={register} errors={errors} />
      ))}
    </div>
  );
}
