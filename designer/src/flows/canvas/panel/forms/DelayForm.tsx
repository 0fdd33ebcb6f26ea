import type { DelayNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { MinutesInput } from '../fields/MinutesInput';
import type { FormProps } from '../form-props';

/** How long the flow pauses before going on. */
export function DelayForm({ node, onChange }: FormProps<DelayNode>) {
  const { t } = useTranslation();
  return (
    <MinutesInput
      path="minutes"
      label={t('flowPanel.delay.minutes')}
      hint={t('flowPanel.delay.hint')}
      value={node.minutes}
      onChange={(minutes) => onChange({ ...node, minutes }, 'minutes')}
    />
  );
}
