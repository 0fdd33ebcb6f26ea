import type { TemplateEvent } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFull } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { TemplateStatusBadge } from '../TemplateStatusBadge';
import { timelineEntries } from './timeline';

/** What happened to the template, newest first: WhatsApp's statuses with its reasons, and who did what. */
export function StatusTimeline({ events }: { events: readonly TemplateEvent[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const headingId = useId();
  const entries = timelineEntries(events, t, locale);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('templates.timeline.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{t('templates.timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <li key={entry.id} className={`timeline__item timeline__item--${entry.tone}`}>
              <span className="timeline__icon" aria-hidden="true">
                {entry.symbol}
              </span>
              <div className="timeline__body">
                <p className="timeline__title">{entry.title}</p>
                {entry.status && (
                  <p>
                    <TemplateStatusBadge status={entry.status} />
                  </p>
                )}
                {entry.reason && <p className="timeline__reason">{entry.reason}</p>}
                {entry.detail && <p className="timeline__detail">{entry.detail}</p>}
                <p className="timeline__meta">
                  {entry.source} ·{' '}
                  <time dateTime={entry.occurredAt} title={formatFull(entry.occurredAt, locale)}>
                    {entry.when}
                  </time>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
