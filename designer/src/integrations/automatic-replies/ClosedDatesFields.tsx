import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import type { HoursForm } from './hours-form';

/** Whole days the business is closed (holidays), as dates in its time zone. */
export function ClosedDatesFields({ hours, testIdPrefix }: { hours: HoursForm; testIdPrefix: string }) {
  const { t } = useTranslation();
  const { form, name } = hours;
  const dates = useFieldArray({ control: form.control, name: `${name}.closedDates` });
  const errors = hours.errors?.closedDates;
  return (
    <fieldset className="fieldset closed-dates">
      <legend className="field__label">{t('autoReplies.hours.closedDates')}</legend>
      <p className="field__hint">{t('autoReplies.hours.closedDatesHint')}</p>
      {dates.fields.map((field, i) => (
        <div key={field.id} className="hours-range">
          <TextField
            type="date"
            label={t('autoReplies.hours.closedDate', { n: i + 1 })}
            registration={form.register(`${name}.closedDates.${i}.date`)}
            error={errors?.[i]?.date}
            data-testid={`${testIdPrefix}closed-date-${i}`}
          />
          <button type="button" className="button button--small" onClick={() => dates.remove(i)}>
            {t('autoReplies.hours.removeClosedDate', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => dates.append({ date: '' }, { shouldFocus: true })}
        data-testid={`${testIdPrefix}closed-date-add`}
      >
        {t('autoReplies.hours.addClosedDate')}
      </button>
    </fieldset>
  );
}
