import type { CtaUrlNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { FrameFields } from './FrameFields';

/** A message with one button opening a link: its texts, the button's text and the https link. */
export function CtaUrlForm(props: FormProps<CtaUrlNode>) {
  const { t } = useTranslation();
  const { node, limits, onChange } = props;
  return (
    <>
      <FrameFields {...props} />
      <TextInput
        path="displayText"
        label={t('flowPanel.ctaUrl.displayText')}
        value={node.displayText}
        max={limits.ctaDisplayText}
        onChange={(displayText) => onChange({ ...node, displayText }, 'displayText')}
      />
      <TextInput
        path="url"
        label={t('flowPanel.ctaUrl.url')}
        hint={t('flowPanel.ctaUrl.urlHint')}
        value={node.url}
        inputMode="url"
        placeholder="https://"
        picker="variables"
        onChange={(url) => onChange({ ...node, url }, 'url')}
      />
    </>
  );
}
