import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../forms/SelectField';
import { useLocale } from '../../i18n/use-locale';
import { ClosedDatesFields } from './ClosedDatesFields';
import { hoursForm, type HoursPath } from './hours-form';
import { timeZoneChoices } from './week-and-zones';
import { WeekdayHoursFields } from './WeekdayHoursFields';

interface Props<T extends FieldValues, C, TT> {
  /** The form (with whatever its resolver makes of the values). */
  form: UseFormReturn<T, C, TT>;
  /** Where the form keeps the hours. */
  name: HoursPath<T>;
  timeZoneTestId: string;
  /** Before the test ids of the days and closed dates, where a page has several such editors. */
  testIdPrefix?: string;
}

/** Business hours: a time zone, the hours of each weekday, and the holidays (any form's, at `name`). */
export function BusinessHoursEditor<T extends FieldValues, C, TT>({
  form,
  name,
  timeZoneTestId,
  testIdPrefix = '',
}: Props<T, C, TT>) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const hours = hoursForm(form, name);
  const timeZone = hours.form.watch(`${hours.name}.timeZone`);
  return (
    <div className="business-hours">
      <SelectField
        label={t('autoReplies.hours.timeZone')}
        registration={hours.form.register(`${hours.name}.timeZone`)}
        error={hours.errors?.timeZone}
        data-testid={timeZoneTestId}
      >
        {timeZoneChoices(timeZone).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <div className="hours-week">
        {hours.form.getValues(`${hours.name}.days`).map((day, index) => (
          <WeekdayHoursFields
            key={day.day}
            hours={hours}
            index={index}
            locale={locale}
            testIdPrefix={testIdPrefix}
          />
        ))}
      </div>
      <ClosedDatesFields hours={hours} testIdPrefix={testIdPrefix} />
    </div>
  );
}
