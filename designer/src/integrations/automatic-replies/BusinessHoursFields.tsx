import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField';
import { Section } from '../../ui/Section';
import type { AutoRepliesValues } from './automatic-replies-form';
import { BusinessHoursEditor } from './BusinessHoursEditor';

/** When the business answers, if it sets hours: a time zone, the hours of each weekday, and the holidays. */
export function BusinessHoursFields({ form }: { form: UseFormReturn<AutoRepliesValues> }) {
  const { t } = useTranslation();
  const enabled = form.watch('hours.enabled');
  return (
    <Section
      id="auto-replies-hours"
      title={t('autoReplies.hours.heading')}
      intro={t('autoReplies.hours.intro')}
    >
      <CheckboxField
        label={t('autoReplies.hours.enabled')}
        registration={form.register('hours.enabled')}
        error={form.formState.errors.hours?.enabled}
        testId="auto-replies-hours-enabled"
      />
      {enabled && <BusinessHoursEditor form={form} name="hours" timeZoneTestId="auto-replies-time-zone" />}
    </Section>
  );
}
