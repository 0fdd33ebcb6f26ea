import type { ConversationEvent } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull, formatTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { eventSentence } from './event-sentence';

/** A change of ownership between the messages: a quiet centred line, with a transfer's note. */
export function TimelineEvent({ event }: { event: ConversationEvent }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const note = event.note?.trim();
  return (
    <li className={`timeline-event timeline-event--${event.kind}`} data-testid="timeline-event">
      <p className="timeline-event__line">
        <span className="timeline-event__text">
          {eventSentence(event, t)}
          {note && (
            <>
              {t('threadWork.event.noteSeparator')}
              <q className="timeline-event__note">{note}</q>
            </>
          )}
        </span>{' '}
        <time className="timeline-event__time" dateTime={event.at} title={formatFull(event.at, locale)}>
          {formatTime(event.at, locale)}
        </time>
      </p>
    </li>
  );
}
