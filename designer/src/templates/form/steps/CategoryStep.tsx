import { templateCategories } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt, type StepProps } from '../form-context';
import { FieldErrorText } from './FieldErrorText';

/** Step 1: the category, as cards that say what each is for, and whether WhatsApp may change it. */
export function CategoryStep({ form, errors, locked }: StepProps & { locked: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const error = errorAt(errors, 'category');
  return (
    <fieldset className="form-step" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="form-step__title">{t('templates.form.steps.category')}</legend>
      <div className="category-cards">
        {templateCategories.map((category) => (
          <label key={category} className="category-card">
            <input
              type="radio"
              value={category}
              disabled={locked}
              aria-labelledby={`${id}-${category}`}
              aria-describedby={`${id}-${category}-hint`}
              {...form.register('category')}
            />
            <span className="category-card__text">
              <span id={`${id}-${category}`} className="category-card__title">
                {t(`templates.category.${category}`)}
              </span>
              <span id={`${id}-${category}-hint`} className="category-card__hint">
                {t(`templates.categoryHint.${category}`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {locked && <p className="field__hint">{t('templates.form.categoryLocked')}</p>}
      <FieldErrorText id={`${id}-error`} error={error} />
      <div className="check-field">
        <input
          id={`${id}-allow`}
          type="checkbox"
          aria-describedby={`${id}-allow-hint`}
          {...form.register('allowCategoryChange')}
        />
        <label htmlFor={`${id}-allow`} className="check-field__label">
          {t('templates.form.allowCategoryChange')}
        </label>
        <p id={`${id}-allow-hint`} className="check-field__hint">
          {t('templates.form.allowCategoryChangeHint')}
        </p>
      </div>
    </fieldset>
  );
}
