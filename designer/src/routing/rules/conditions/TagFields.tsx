import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../forms/TextAreaField';
import { ChoiceRadios } from './ChoiceRadios';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/** The contact's tags, one a line, any or all of them. */
export function TagFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  const path = `conditions.${index}` as const;
  return (
    <>
      <TextAreaField
        label={t('routingPage.condition.tags')}
        hint={t('routingPage.condition.tagsHint')}
        registration={form.register(`${path}.tags`)}
        error={conditionError(form, index, 'tags')}
        rows={3}
        data-testid={`routing-condition-${index}-tags`}
      />
      <ChoiceRadios
        legend={t('routingPage.condition.tagMatch')}
        registration={form.register(`${path}.match`)}
        choices={[
          { value: 'any', label: t('routingPage.condition.any') },
          { value: 'all', label: t('routingPage.condition.all') },
        ]}
        testId={`routing-condition-${index}-match`}
      />
    </>
  );
}
