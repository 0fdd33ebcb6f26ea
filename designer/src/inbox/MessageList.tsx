import type { ConversationEvent, ConversationNote, Message } from '@parley/contracts';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { formatDay } from '../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { errorText } from '../errors/describe-error';
import type { ThreadState } from './inbox-state';
import { MessageBubble } from './MessageBubble';
import { groupTimelineByDay, mergeTimeline, type TimelineItem } from './thread/timeline';
import { TimelineEvent } from './thread/TimelineEvent';
import { TimelineNote } from './thread/TimelineNote';
import { useNow } from './use-now';
import { useStickToBottom } from './use-stick-to-bottom';

const NEAR_BOTTOM_PX = 80;
const noEvents: readonly ConversationEvent[] = [];
const noNotes: readonly ConversationNote[] = [];

interface Props {
  thread: ThreadState;
  contactName: string;
  /** The conversation's changes of ownership and internal notes, oldest first. */
  events?: readonly ConversationEvent[];
  notes?: readonly ConversationNote[];
  onLoadEarlier: () => void;
  /** Quote a message in the composer; absent for people who can't reply. */
  onReply?: ((message: Message) => void) | undefined;
}

function TimelineEntry({
  item,
  contactName,
  onReply,
}: {
  item: TimelineItem;
  contactName: string;
  onReply: Props['onReply'];
}) {
  switch (item.kind) {
    case 'message':
      return <MessageBubble message={item.message} contactName={contactName} onReply={onReply} />;
    case 'event':
      return <TimelineEvent event={item.event} />;
    case 'note':
      return <TimelineNote note={item.note} />;
  }
}

/**
 * The thread: messages, changes of ownership and internal notes in time order, under day headings.
 * It stays at the newest entry while the reader is there: messages as `useStickToBottom` does,
 * events and notes that arrive at the end likewise.
 */
export function MessageList({
  thread,
  contactName,
  events = noEvents,
  notes = noNotes,
  onLoadEarlier,
  onReply,
}: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const { unseen, onScroll, scrollToLatest } = useStickToBottom(scroller, thread.messages);
  const from = thread.olderCursor !== null ? (thread.messages[0]?.createdAt ?? null) : null;
  const timeline = useMemo(
    () => mergeTimeline(thread.messages, events, notes, { from }),
    [thread.messages, events, notes, from],
  );

  // Events and notes at the end keep a reader who was at the bottom there.
  const nearBottom = useRef(true);
  const scrolled = useCallback(() => {
    const el = scroller.current;
    if (el) nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    onScroll();
  }, [onScroll]);
  const last = timeline.at(-1);
  const lastKey = last && last.kind !== 'message' ? last.key : null;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && lastKey !== null && nearBottom.current) el.scrollTop = el.scrollHeight;
  }, [lastKey]);

  return (
    <div className="message-list-wrap">
      <div
        ref={scroller}
        className="message-list"
        onScroll={scrolled}
        tabIndex={0}
        role="region"
        aria-label={t('inbox.thread.messagesWith', { name: contactName })}
      >
        {thread.olderCursor !== null && (
          <div className="message-list__earlier">
            {thread.olderError && <p className="inline-error">{errorText(thread.olderError, t)}</p>}
            <button type="button" className="button" onClick={onLoadEarlier} disabled={thread.loadingOlder}>
              {thread.loadingOlder
                ? t('inbox.thread.loadingEarlier')
                : thread.olderError
                  ? t('common.retry')
                  : t('inbox.thread.loadEarlier')}
            </button>
          </div>
        )}
        {thread.messages.length === 0 && <p className="message-list__empty">{t('inbox.thread.empty')}</p>}
        {groupTimelineByDay(timeline).map((day) => (
          <section key={day.key} className="day" aria-labelledby={`day-${day.key}`}>
            <h3 id={`day-${day.key}`} className="day__heading">
              <span>{formatDay(day.first, now, locale, t)}</span>
            </h3>
            <ol className="day__messages">
              {day.items.map((item) => (
                <TimelineEntry key={item.key} item={item} contactName={contactName} onReply={onReply} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {unseen && (
        <button type="button" className="button jump-to-latest" onClick={() => scrollToLatest('smooth')}>
          {t('inbox.thread.jumpToLatest')} <span aria-hidden="true">↓</span>
        </button>
      )}
    </div>
  );
}
