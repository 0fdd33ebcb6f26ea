import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../templates/form/steps/FieldErrorText';
import { emptySection, rowCount } from './composer-values';
import { FrameFields } from './FrameFields';
import { LineField } from './LineField';
import { ListSectionFields } from './ListSectionFields';
import type { ComposerFieldsProps } from './use-composer';

/** A message with a button that opens a list of choices, in sections of rows. */
export function ListFields(props: ComposerFieldsProps) {
  const { t } = useTranslation();
  const { form, values, limits, issueAt } = props;
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const rule = limits.list;
  if (!rule) return null;
  const rows = rowCount(values.sections);
  const rowsFull = rows >= rule.maxRows;
  return (
    <div className="composer-fields">
      <FrameFields {...props} />
      <LineField
        {...props}
        name="buttonLabel"
        label={t('composer.list.buttonLabel')}
        hint={t('composer.list.buttonLabelHint')}
        max={rule.maxButtonLabelLength}
        testId="composer-list-button"
      />
      <p className="field__hint">
        {t('composer.list.count', {
          sections: sections.fields.length,
          maxSections: rule.maxSections,
          rows,
          maxRows: rule.maxRows,
        })}
      </p>
      {sections.fields.map((field, s) => (
        <ListSectionFields
          key={field.id}
          {...props}
          index={s}
          rule={rule}
          rowsFull={rowsFull}
          onRemove={sections.fields.length > 1 ? () => sections.remove(s) : undefined}
        />
      ))}
      <FieldErrorText error={issueAt('sections')} />
      <button
        type="button"
        className="button button--small"
        onClick={() => sections.append(emptySection(), { shouldFocus: true })}
        disabled={sections.fields.length >= rule.maxSections || rowsFull}
        data-testid="composer-add-section"
      >
        {t('composer.list.addSection')}
      </button>
    </div>
  );
}
