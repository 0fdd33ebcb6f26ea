import type { WaitForReplyNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { MinutesInput } from '../fields/MinutesInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';

/** Waits for the customer's next message, at most so long, keeping it in a variable if named. */
export function WaitForReplyForm({ node, onChange }: FormProps<WaitForReplyNode>) {
  const { t } = useTranslation();
  return (
    <>
      <MinutesInput
        path="timeoutMinutes"
        label={t('flowPanel.wait.timeout')}
        hint={t('flowPanel.wait.timeoutHint')}
        value={node.timeoutMinutes}
        onChange={(timeoutMinutes) => onChange({ ...node, timeoutMinutes }, 'timeoutMinutes')}
      />
      <TextInput
        path="saveAs"
        label={t('flowPanel.wait.saveAs')}
        hint={t('flowPanel.wait.saveAsHint')}
        value={node.saveAs ?? ''}
        onChange={(saveAs) => onChange(withOptional(node, 'saveAs', saveAs), 'saveAs')}
      />
    </>
  );
}
