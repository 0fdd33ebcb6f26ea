import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../forms/CheckboxField';
import { TextAreaField } from '../../../forms/TextAreaField';
import { ChoiceRadios } from './ChoiceRadios';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/** Keywords, one a line, any or all of them, with or without telling case apart. */
export function KeywordFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  const path = `conditions.${index}` as const;
  return (
    <>
      <TextAreaField
        label={t('routingPage.condition.keywords')}
        hint={t('routingPage.condition.keywordsHint')}
        registration={form.register(`${path}.keywords`)}
        error={conditionError(form, index, 'keywords')}
        rows={3}
        data-testid={`routing-condition-${index}-keywords`}
      />
      <ChoiceRadios
        legend={t('routingPage.condition.match')}
        registration={form.register(`${path}.match`)}
        choices={[
          { value: 'any', label: t('routingPage.condition.any') },
          { value: 'all', label: t('routingPage.condition.all') },
        ]}
        testId={`routing-condition-${index}-match`}
      />
      <CheckboxField
        label={t('routingPage.condition.caseSensitive')}
        registration={form.register(`${path}.caseSensitive`)}
        testId={`routing-condition-${index}-case-sensitive`}
      />
    </>
  );
}
