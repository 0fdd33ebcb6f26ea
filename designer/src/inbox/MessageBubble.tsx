import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull, formatTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { MessageContent } from './content/MessageContent';
import { failureText, messageView, type MessageView } from './content/message-view';
import { DeliveryStatus } from './DeliveryStatus';

/** Stickers float without a bubble, like in the customer's app; reactions get a compact one. */
function variant(view: MessageView): string {
  if (view.kind === 'reaction') return ' message--reaction';
  const sticker = view.kind === 'media' && view.media === 'sticker' && view.presentation !== 'file';
  return sticker && view.file.state === 'ready' ? ' message--sticker' : '';
}

export function MessageBubble({ message: m, contactName }: { message: Message; contactName: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const inbound = m.direction === 'inbound';
  const failed = m.status === 'failed';
  const view = messageView(m);
  return (
    <li className={`message message--${m.direction}${failed ? ' message--failed' : ''}${variant(view)}`}>
      <div className="message__bubble">
        <span className="visually-hidden">
          {inbound ? t('inbox.message.incoming', { name: contactName }) : t('inbox.message.outgoing')}
        </span>
        <MessageContent view={view} />
        <span className="message__meta">
          <time dateTime={m.createdAt} title={formatFull(m.createdAt, locale)}>
            {formatTime(m.createdAt, locale)}
          </time>
          {!inbound && <DeliveryStatus status={m.status} />}
        </span>
      </div>
      {failed && <p className="message__error">{failureText(m.error, t)}</p>}
    </li>
  );
}
