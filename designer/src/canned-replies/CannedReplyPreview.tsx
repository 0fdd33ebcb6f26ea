import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';
import { previewCannedReply } from './canned-reply-form';

/**
 * The text as an agent would insert it, filled in with sample values (said so, beside the
 * heading), and the variables Parley does not know, which stay as written.
 */
export function CannedReplyPreview({ text }: { text: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const preview = previewCannedReply(text, t);
  const unknown = preview.unknownVariables.map((name) => `{{${name}}}`);
  return (
    <section className="canned-preview" aria-labelledby={`${id}-heading`} data-testid="canned-reply-preview">
      <h3 id={`${id}-heading`} className="canned-preview__heading">
        {t('settingsWork.cannedReplies.preview.heading')}{' '}
        <Badge tone="info">{t('settingsWork.cannedReplies.preview.example')}</Badge>
      </h3>
      <p className="field__hint">{t('settingsWork.cannedReplies.preview.exampleHint')}</p>
      {text.trim() ? (
        <p className="canned-preview__bubble" data-testid="canned-reply-preview-text">
          {preview.text}
        </p>
      ) : (
        <p className="muted">{t('settingsWork.cannedReplies.preview.empty')}</p>
      )}
      {unknown.length > 0 && (
        <p className="notice notice--warning" data-testid="canned-reply-unknown-variables">
          {t('settingsWork.cannedReplies.preview.unknown', {
            variables: new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(unknown),
          })}
        </p>
      )}
    </section>
  );
}
