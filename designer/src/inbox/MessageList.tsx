import type { Message } from '@parley/contracts';
import { useRef } from 'react';
import { formatDay } from '../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { errorText } from '../errors/describe-error';
import { groupByDay } from './group-by-day';
import type { ThreadState } from './inbox-state';
import { MessageBubble } from './MessageBubble';
import { useNow } from './use-now';
import { useStickToBottom } from './use-stick-to-bottom';

interface Props {
  thread: ThreadState;
  contactName: string;
  onLoadEarlier: () => void;
  /** Quote a message in the composer; absent for people who can't reply. */
  onReply?: ((message: Message) => void) | undefined;
}

export function MessageList({ thread, contactName, onLoadEarlier, onReply }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const { unseen, onScroll, scrollToLatest } = useStickToBottom(scroller, thread.messages);

  return (
    <div className="message-list-wrap">
      <div
        ref={scroller}
        className="message-list"
        onScroll={onScroll}
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
        {groupByDay(thread.messages).map((day) => (
          <section key={day.key} className="day" aria-labelledby={`day-${day.key}`}>
            <h3 id={`day-${day.key}`} className="day__heading">
              <span>{formatDay(day.first, now, locale, t)}</span>
            </h3>
            <ol className="day__messages">
              {day.messages.map((m) => (
                <MessageBubble key={m.id} message={m} contactName={contactName} onReply={onReply} />
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
