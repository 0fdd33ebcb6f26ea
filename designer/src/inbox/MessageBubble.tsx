import type { Message } from '../api/types';
import { formatFull, formatTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DeliveryStatus } from './DeliveryStatus';

export function MessageBubble({ message: m, contactName }: { message: Message; contactName: string }) {
  const { t, locale } = useI18n();
  const inbound = m.direction === 'inbound';
  const failed = m.status === 'failed';
  return (
    <li className={`message message--${m.direction}${failed ? ' message--failed' : ''}`}>
      <div className="message__bubble">
        <span className="visually-hidden">
          {inbound ? t.message.incoming(contactName) : t.message.outgoing}
        </span>
        {m.type === 'text' && m.text !== null ? (
          <p className="message__text">{m.text}</p>
        ) : (
          <p className="message__text message__text--unsupported">{t.message.unsupported}</p>
        )}
        <span className="message__meta">
          <time dateTime={m.createdAt} title={formatFull(m.createdAt, locale)}>
            {formatTime(m.createdAt, locale)}
          </time>
          {!inbound && <DeliveryStatus status={m.status} />}
        </span>
      </div>
      {failed && (
        <p className="message__error">
          {m.error ? t.message.failedDetail(m.error.message, m.error.code) : t.message.failed}
        </p>
      )}
    </li>
  );
}
