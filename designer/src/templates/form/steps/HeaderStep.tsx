import {
  templateLimits,
  templateMediaFormats,
  variablesOf,
  type TemplateHeader,
  type TemplateMediaFormat,
} from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../forms/TextField';
import { errorAt, type StepProps } from '../form-context';
import { HeaderMediaPicker, type ChosenFile } from './HeaderMediaPicker';

type HeaderChoice = 'NONE' | 'TEXT' | TemplateMediaFormat;
const choices: readonly HeaderChoice[] = ['NONE', 'TEXT', ...templateMediaFormats];

interface Props extends StepProps {
  file: ChosenFile | null;
  onFileChange: (file: ChosenFile | null) => void;
}

/** Step 3: no header, a line of text (with one variable and its sample), or a photo, video or PDF. */
export function HeaderStep({ form, values, errors, file, onFileChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const header = values.header;
  const current: HeaderChoice = header?.format ?? 'NONE';

  const choose = (choice: HeaderChoice) => {
    if (choice === current) return;
    let next: TemplateHeader | null = null;
    if (choice === 'TEXT') next = { format: 'TEXT', text: '', example: '' };
    else if (choice !== 'NONE') next = { format: choice, fileId: null };
    onFileChange(null);
    form.setValue('header', next, { shouldDirty: true });
  };

  const variable = header?.format === 'TEXT' ? variablesOf(header.text)[0] : undefined;
  return (
    <fieldset className="form-step" aria-describedby={`${id}-hint`}>
      <legend className="form-step__title">{t('templates.form.steps.header')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('templates.form.stepHint.header')}
      </p>
      <fieldset className="fieldset">
        <legend className="field__label">{t('templates.form.headerType')}</legend>
        <div className="radio-row">
          {choices.map((choice) => (
            <label key={choice} className="radio-row__option">
              <input
                type="radio"
                name={`${id}-format`}
                value={choice}
                checked={current === choice}
                onChange={() => choose(choice)}
              />
              {t(`templates.form.headerFormat.${choice}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {header?.format === 'TEXT' && (
        <>
          <TextField
            label={t('templates.form.headerText')}
            hint={t('templates.form.headerTextHint', { example: '{{1}}' })}
            registration={form.register('header.text')}
            error={errorAt(errors, 'header.text')}
            counter={{ count: header.text.length, max: templateLimits.headerTextMax }}
            autoComplete="off"
          />
          {variable !== undefined && (
            <TextField
              label={t('templates.form.headerExample', { variable: `{{${variable}}}` })}
              registration={form.register('header.example')}
              error={errorAt(errors, 'header.example')}
              autoComplete="off"
            />
          )}
        </>
      )}
      {header && header.format !== 'TEXT' && (
        <HeaderMediaPicker
          format={header.format}
          file={file}
          error={errorAt(errors, 'header.fileId')}
          onChange={(chosen) => {
            onFileChange(chosen);
            form.setValue(
              'header',
              { format: header.format, fileId: chosen?.id ?? null },
              { shouldDirty: true },
            );
          }}
        />
      )}
    </fieldset>
  );
}
