import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../forms/TextAreaField';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/** The payloads of the buttons a conversation may start with, one a line. */
export function QuickReplyFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('routingPage.condition.payloads')}
      hint={t('routingPage.condition.payloadsHint')}
      registration={form.register(`conditions.${index}.payloads`)}
      error={conditionError(form, index, 'payloads')}
      rows={3}
      spellCheck={false}
      data-testid={`routing-condition-${index}-payloads`}
    />
  );
}
