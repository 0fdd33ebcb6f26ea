import { inputTypes, type CollectInputNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../fields/NumberInput';
import { OptionalTimeout } from '../fields/OptionalTimeout';
import { SelectInput } from '../fields/SelectInput';
import { StringListInput } from '../fields/StringListInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';

/** A question: what it asks, what answer it takes and keeps where, the retry message, attempts and timeout. */
export function CollectInputForm({ node, limits, onChange }: FormProps<CollectInputNode>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        path="prompt"
        label={t('flowPanel.collect.prompt')}
        value={node.prompt}
        max={limits.text}
        multiline
        picker="variables"
        onChange={(prompt) => onChange({ ...node, prompt }, 'prompt')}
      />
      <SelectInput
        path="inputType"
        label={t('flowPanel.collect.inputType')}
        value={node.inputType}
        options={inputTypes.map((type) => ({
          value: type,
          label: t(`flowPanel.collect.inputTypes.${type}`),
        }))}
        onChange={(inputType) => onChange({ ...node, inputType }, 'inputType')}
      />
      {node.inputType === 'choice' && (
        <StringListInput
          path="choices"
          label={t('flowPanel.collect.choices')}
          hint={t('flowPanel.collect.choicesHint')}
          value={node.choices ?? []}
          onChange={(choices) => onChange({ ...node, choices }, 'choices')}
        />
      )}
      <TextInput
        path="saveAs"
        label={t('flowPanel.collect.saveAs')}
        hint={t('flowPanel.variableNameHint')}
        value={node.saveAs}
        onChange={(saveAs) => onChange({ ...node, saveAs }, 'saveAs')}
      />
      <TextInput
        path="retryText"
        label={t('flowPanel.collect.retryText')}
        hint={t('flowPanel.collect.retryHint')}
        value={node.retryText}
        max={limits.text}
        multiline
        picker="variables"
        onChange={(retryText) => onChange({ ...node, retryText }, 'retryText')}
      />
      <NumberInput
        path="maxAttempts"
        label={t('flowPanel.collect.maxAttempts')}
        hint={t('flowPanel.collect.maxAttemptsHint')}
        value={node.maxAttempts}
        min={1}
        max={10}
        onChange={(maxAttempts) => onChange({ ...node, maxAttempts }, 'maxAttempts')}
      />
      <OptionalTimeout
        value={node.timeoutMinutes}
        onChange={(minutes) => onChange(withOptional(node, 'timeoutMinutes', minutes), 'timeoutMinutes')}
      />
    </>
  );
}
