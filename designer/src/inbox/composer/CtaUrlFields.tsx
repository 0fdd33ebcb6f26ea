import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import { FrameFields } from './FrameFields';
import { LineField } from './LineField';
import type { ComposerFieldsProps } from './use-composer';

/** A message with one button that opens a web address. */
export function CtaUrlFields(props: ComposerFieldsProps) {
  const { t } = useTranslation();
  const { form, limits, issueAt } = props;
  const rule = limits.ctaUrl;
  if (!rule) return null;
  return (
    <div className="composer-fields">
      <FrameFields {...props} />
      <LineField
        {...props}
        name="displayText"
        label={t('composer.cta.displayText')}
        max={rule.maxDisplayTextLength}
        testId="composer-cta-text"
      />
      <TextField
        label={t('composer.cta.url')}
        hint={t('composer.cta.urlHint')}
        type="url"
        inputMode="url"
        registration={form.register('url')}
        error={issueAt('url')}
        autoComplete="off"
        placeholder="https://"
        data-testid="composer-cta-url"
      />
    </div>
  );
}
