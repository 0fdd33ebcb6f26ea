import type { ListNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { OptionalTimeout } from '../fields/OptionalTimeout';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';
import { FrameFields } from './FrameFields';
import { ListRows } from './ListRows';
import { NoMatchFields } from './NoMatchFields';

/** A list message: its texts, the button that opens it, its rows (each an output), timeout and re-ask. */
export function ListForm(props: FormProps<ListNode>) {
  const { t } = useTranslation();
  const { node, limits, onChange } = props;
  return (
    <>
      <FrameFields {...props} />
      <TextInput
        path="buttonLabel"
        label={t('flowPanel.list.buttonLabel')}
        hint={t('flowPanel.list.buttonLabelHint')}
        value={node.buttonLabel}
        max={limits.listButtonLabel}
        onChange={(buttonLabel) => onChange({ ...node, buttonLabel }, 'buttonLabel')}
      />
      <TextInput
        path="sectionTitle"
        label={t('flowPanel.list.sectionTitle')}
        hint={t('flowPanel.optional')}
        value={node.sectionTitle ?? ''}
        max={limits.sectionTitle}
        onChange={(title) => onChange(withOptional(node, 'sectionTitle', title), 'sectionTitle')}
      />
      <ListRows {...props} />
      <OptionalTimeout
        value={node.timeoutMinutes}
        onChange={(minutes) => onChange(withOptional(node, 'timeoutMinutes', minutes), 'timeoutMinutes')}
      />
      <NoMatchFields {...props} />
    </>
  );
}
