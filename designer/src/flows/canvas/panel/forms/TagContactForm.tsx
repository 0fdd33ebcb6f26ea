import type { TagContactNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';

/** A tag added to the contact, or removed. */
export function TagContactForm({ node, onChange }: FormProps<TagContactNode>) {
  const { t } = useTranslation();
  return (
    <>
      <SelectInput
        path="action"
        label={t('flowPanel.tag.action')}
        value={node.action}
        options={[
          { value: 'add', label: t('flowPanel.tag.add') },
          { value: 'remove', label: t('flowPanel.tag.remove') },
        ]}
        onChange={(action) => onChange({ ...node, action }, 'action')}
      />
      <TextInput
        path="tag"
        label={t('flowPanel.tag.tag')}
        value={node.tag}
        onChange={(tag) => onChange({ ...node, tag }, 'tag')}
      />
    </>
  );
}
