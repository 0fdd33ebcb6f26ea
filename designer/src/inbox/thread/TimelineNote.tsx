import type { ConversationNote } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull, formatTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { LockIcon } from './LockIcon';

/** An internal note in the thread: yellow, with a lock, never mistaken for a message the customer got. */
export function TimelineNote({ note }: { note: ConversationNote }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const author = note.author?.name ?? t('threadWork.event.formerMember');
  return (
    <li className="timeline-note" data-testid="timeline-note" data-note-id={note.id}>
      <div className="timeline-note__card">
        <p className="timeline-note__label">
          <LockIcon />
          <span>{t('threadWork.note.label', { author })}</span>
        </p>
        <p className="timeline-note__text">{note.text}</p>
        <p className="timeline-note__meta">
          <span>{t('threadWork.note.onlyTeam')}</span>
          <time dateTime={note.createdAt} title={formatFull(note.createdAt, locale)}>
            {formatTime(note.createdAt, locale)}
          </time>
        </p>
      </div>
    </li>
  );
}
