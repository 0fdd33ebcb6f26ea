import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../forms/TextAreaField';
import { charCount } from './composer-values';
import { LineField } from './LineField';
import type { ComposerFieldsProps } from './use-composer';

/** The header, body and footer of an interactive message; header and footer where the channel has them. */
export function FrameFields(props: ComposerFieldsProps) {
  const { t } = useTranslation();
  const { form, values, limits, issueAt } = props;
  return (
    <>
      <FrameLine {...props} name="header" max={limits.headerMaxLength} />
      <TextAreaField
        label={t('composer.frame.body')}
        registration={form.register('body')}
        error={issueAt('body')}
        counter={{ count: charCount(values.body), max: limits.bodyMaxLength }}
        rows={3}
        data-testid="composer-body"
      />
      <FrameLine {...props} name="footer" max={limits.footerMaxLength} />
    </>
  );
}

/** The header or the footer, or nothing where the channel has no such line. */
function FrameLine({
  name,
  max,
  ...fields
}: ComposerFieldsProps & { name: 'header' | 'footer'; max: number | null }) {
  const { t } = useTranslation();
  if (max === null) return null;
  return (
    <LineField
      {...fields}
      name={name}
      label={t(`composer.frame.${name}`)}
      max={max}
      testId={`composer-${name}`}
    />
  );
}
