import type { Message } from '../api/types';
import { formatFull, formatTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { MessageContent } from './content/MessageContent';
import { messageView, type MessageView } from './content/message-view';
import { DeliveryStatus } from './DeliveryStatus';

/** Stickers float without a bubble, like in the customer's app; reactions get a compact one. */
function variant(view: MessageView): string {
  if (view.kind === 'reaction') return ' message--reaction';
  const sticker = view.kind === 'media' && view.media === 'sticker' && view.presentation !== 'file';
  return sticker && view.file.state === 'ready' ? ' message--sticker' : '';
}

export function MessageBubble({ message: m, contactName }: { message: Message; contactName: string }) {
  const { t, locale } = useI18n();
  const inbound = m.direction === 'inbound';
  const failed = m.status === 'failed';
  const view = messageView(m);
  return (
    <li className={`message message--${m.direction}${failed ? ' message--failed' : ''}${variant(view)}`}>
      <div className="message__bubble">
        <span className="visually-hidden">
          {inbound ? t.message.incoming(contactName) : t.message.outgoing}
        </span>
        <MessageContent view={view} />
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
