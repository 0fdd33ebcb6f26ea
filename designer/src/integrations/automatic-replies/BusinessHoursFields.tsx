import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField';
import { SelectField } from '../../forms/SelectField';
import { useLocale } from '../../i18n/use-locale';
import { Section } from '../../ui/Section';
import type { AutoRepliesValues } from './automatic-replies-form';
import { ClosedDatesFields } from './ClosedDatesFields';
import { timeZoneChoices } from './week-and-zones';
import { WeekdayHoursFields } from './WeekdayHoursFields';

/** When the business answers: a time zone, the hours of each weekday, and the holidays. */
export function BusinessHoursFields({ form }: { form: UseFormReturn<AutoRepliesValues> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const enabled = form.watch('hours.enabled');
  const timeZone = form.watch('hours.timeZone');
  const errors = form.formState.errors.hours;
  return (
    <Section
      id="auto-replies-hours"
      title={t('autoReplies.hours.heading')}
      intro={t('autoReplies.hours.intro')}
    >
      <CheckboxField
        label={t('autoReplies.hours.enabled')}
        registration={form.register('hours.enabled')}
        error={errors?.enabled}
        testId="auto-replies-hours-enabled"
      />
      {enabled && (
        <div className="business-hours">
          <SelectField
            label={t('autoReplies.hours.timeZone')}
            registration={form.register('hours.timeZone')}
            error={errors?.timeZone}
            data-testid="auto-replies-time-zone"
          >
            {timeZoneChoices(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
          <div className="hours-week">
            {form.getValues('hours.days').map((day, index) => (
              <WeekdayHoursFields key={day.day} form={form} index={index} locale={locale} />
            ))}
          </div>
          <ClosedDatesFields form={form} />
        </div>
      )}
    </Section>
  );
}
