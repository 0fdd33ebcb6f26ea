import type { ComposerLimits } from '@parley/contracts';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import { charCount, emptyRow } from './composer-values';
import type { ComposerFieldsProps } from './use-composer';

interface Props extends ComposerFieldsProps {
  index: number;
  rule: NonNullable<ComposerLimits['list']>;
  /** The list holds as many rows as the channel allows. */
  rowsFull: boolean;
  /** Absent for the only section. */
  onRemove: (() => void) | undefined;
}

/** One section of a list: its title (needed once there are several) and its rows. */
export function ListSectionFields({ form, values, issueAt, index: s, rule, rowsFull, onRemove }: Props) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control: form.control, name: `sections.${s}.rows` });
  const section = values.sections[s];
  const several = values.sections.length > 1;
  return (
    <fieldset className="fieldset composer-section" data-testid={`composer-section-${s}`}>
      <legend className="field__label">{t('composer.list.section', { n: s + 1 })}</legend>
      <TextField
        label={several ? t('composer.list.sectionTitle') : t('composer.list.sectionTitleOptional')}
        registration={form.register(`sections.${s}.title`)}
        error={issueAt(`sections.${s}.title`)}
        counter={{ count: charCount(section?.title ?? ''), max: rule.maxSectionTitleLength }}
        autoComplete="off"
      />
      {rows.fields.map((field, r) => (
        <div key={field.id} className="composer-options__row composer-row">
          <TextField
            className="composer-options__field"
            label={t('composer.list.rowTitle', { n: r + 1 })}
            registration={form.register(`sections.${s}.rows.${r}.title`)}
            error={issueAt(`sections.${s}.rows.${r}.title`)}
            counter={{ count: charCount(section?.rows[r]?.title ?? ''), max: rule.maxRowTitleLength }}
            autoComplete="off"
            data-testid={`composer-row-title-${s}-${r}`}
          />
          <TextField
            className="composer-options__field"
            label={t('composer.list.rowDescription', { n: r + 1 })}
            registration={form.register(`sections.${s}.rows.${r}.description`)}
            error={issueAt(`sections.${s}.rows.${r}.description`)}
            counter={{
              count: charCount(section?.rows[r]?.description ?? ''),
              max: rule.maxRowDescriptionLength,
            }}
            autoComplete="off"
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => rows.remove(r)}
            disabled={rows.fields.length <= 1}
          >
            {t('composer.list.removeRow', { n: r + 1 })}
          </button>
        </div>
      ))}
      <div className="section__row">
        <button
          type="button"
          className="button button--small"
          onClick={() => rows.append(emptyRow(), { shouldFocus: true })}
          disabled={rowsFull}
        >
          {t('composer.list.addRow')}
        </button>
        {onRemove && (
          <button type="button" className="button button--small" onClick={onRemove}>
            {t('composer.list.removeSection', { n: s + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
