import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField';
import { TextField } from '../../forms/TextField';
import { nextRange } from './business-hours-form';
import type { HoursForm } from './hours-form';
import { weekdayName } from './week-and-zones';

interface Props {
  hours: HoursForm;
  /** The row (0 is Monday). */
  index: number;
  locale: string;
  testIdPrefix: string;
}

/** One weekday: open or closed, and its opening hours (several ranges for a break). */
export function WeekdayHoursFields({ hours, index, locale, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const { form } = hours;
  const path = `${hours.name}.days.${index}` as const;
  const ranges = useFieldArray({ control: form.control, name: `${path}.ranges` });
  const day = form.watch(path);
  const errors = hours.errors?.days?.[index];
  const name = weekdayName(day.day, locale);
  const testId = `${testIdPrefix}hours-day-${day.day}`;
  return (
    <fieldset className="hours-day" data-testid={testId}>
      <legend className="hours-day__name">{name}</legend>
      <CheckboxField
        label={t('autoReplies.hours.open')}
        registration={form.register(`${path}.open`)}
        testId={`${testId}-open`}
      />
      {day.open ? (
        <div className="hours-day__ranges">
          {ranges.fields.map((field, r) => (
            <div key={field.id} className="hours-range">
              <TextField
                type="time"
                label={r === 0 ? t('autoReplies.hours.opens') : t('autoReplies.hours.opensNth', { n: r + 1 })}
                registration={form.register(`${path}.ranges.${r}.opens`)}
                error={errors?.ranges?.[r]?.opens}
                data-testid={`${testId}-opens-${r}`}
              />
              <TextField
                type="time"
                label={
                  r === 0 ? t('autoReplies.hours.closes') : t('autoReplies.hours.closesNth', { n: r + 1 })
                }
                registration={form.register(`${path}.ranges.${r}.closes`)}
                error={errors?.ranges?.[r]?.closes}
                data-testid={`${testId}-closes-${r}`}
              />
              {ranges.fields.length > 1 && (
                <button type="button" className="button button--small" onClick={() => ranges.remove(r)}>
                  {t('autoReplies.hours.removeRange', { day: name, n: r + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => ranges.append(nextRange(form.getValues(`${path}.ranges`)))}
          >
            {t('autoReplies.hours.addRange', { day: name })}
          </button>
        </div>
      ) : (
        <p className="muted hours-day__closed">{t('autoReplies.hours.closed')}</p>
      )}
    </fieldset>
  );
}
