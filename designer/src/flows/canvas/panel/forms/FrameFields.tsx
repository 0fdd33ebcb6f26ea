import type { CtaUrlNode, ListNode, ReplyButtonsNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';

/** The body, header and footer of an interactive message (buttons, list, link button). */
export function FrameFields<N extends ReplyButtonsNode | ListNode | CtaUrlNode>({
  node,
  limits,
  onChange,
}: FormProps<N>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        path="header"
        label={t('flowPanel.frame.header')}
        hint={t('flowPanel.optional')}
        value={node.header ?? ''}
        max={limits.header}
        picker="variables"
        onChange={(header) => onChange(withOptional(node, 'header', header), 'header')}
      />
      <TextInput
        path="body"
        label={t('flowPanel.frame.body')}
        value={node.body}
        max={limits.body}
        multiline
        picker="variables"
        onChange={(body) => onChange({ ...node, body }, 'body')}
      />
      <TextInput
        path="footer"
        label={t('flowPanel.frame.footer')}
        hint={t('flowPanel.optional')}
        value={node.footer ?? ''}
        max={limits.footer}
        picker="variables"
        onChange={(footer) => onChange(withOptional(node, 'footer', footer), 'footer')}
      />
    </>
  );
}
