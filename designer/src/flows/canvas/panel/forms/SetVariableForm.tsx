import type { SetVariableNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';

/** A variable's name and the text it is set to (placeholders allowed). */
export function SetVariableForm({ node, onChange }: FormProps<SetVariableNode>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        path="name"
        label={t('flowPanel.setVariable.name')}
        hint={t('flowPanel.variableNameHint')}
        value={node.name}
        onChange={(name) => onChange({ ...node, name }, 'name')}
      />
      <TextInput
        path="value"
        label={t('flowPanel.setVariable.value')}
        value={node.value}
        picker="variables"
        onChange={(value) => onChange({ ...node, value }, 'value')}
      />
    </>
  );
}
