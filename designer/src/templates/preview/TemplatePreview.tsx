import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateBubbleView } from './template-bubble';
import { TemplateBubble } from './TemplateBubble';

/** The template on a phone's chat screen: a region named "Preview", updated as the admin types. */
export function TemplatePreview({ view, hint = true }: { view: TemplateBubbleView | null; hint?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="template-preview" aria-labelledby={headingId}>
      <h2 id={headingId} className="template-preview__title">
        {t('templates.preview.heading')}
      </h2>
      {hint && <p className="template-preview__hint">{t('templates.preview.hint')}</p>}
      <div className="phone">
        <div className="phone__screen">
          {view ? (
            <TemplateBubble view={view} variant="phone" />
          ) : (
            <p className="phone__unavailable">{t('templates.preview.unavailable')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
