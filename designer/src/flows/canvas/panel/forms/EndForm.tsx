import type { EndNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from '../fields/CheckboxInput';
import type { FormProps } from '../form-props';

/** The end of the flow, optionally closing the conversation. */
export function EndForm({ node, onChange }: FormProps<EndNode>) {
  const { t } = useTranslation();
  return (
    <CheckboxInput
      path="close"
      label={t('flowPanel.end.close')}
      hint={t('flowPanel.end.closeHint')}
      checked={node.close}
      onChange={(close) => onChange({ ...node, close }, 'close')}
    />
  );
}
