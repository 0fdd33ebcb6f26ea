import { useTranslation } from 'react-i18next';
import { BusinessHoursEditor } from '../../../integrations/automatic-replies/BusinessHoursEditor';
import { ChoiceRadios } from './ChoiceRadios';
import type { ConditionEditorProps } from './condition-editor';

/** Open or closed by business hours edited as the automatic replies edit theirs. */
export function BusinessHoursConditionFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  const testId = `routing-condition-${index}`;
  return (
    <>
      <ChoiceRadios
        legend={t('routingPage.condition.when')}
        registration={form.register(`conditions.${index}.when`)}
        choices={[
          { value: 'open', label: t('routingPage.condition.open') },
          { value: 'closed', label: t('routingPage.condition.closed') },
        ]}
        testId={`${testId}-when`}
      />
      <BusinessHoursEditor
        form={form}
        name={`conditions.${index}.hours`}
        timeZoneTestId={`${testId}-time-zone`}
        testIdPrefix={`${testId}-`}
      />
    </>
  );
}
