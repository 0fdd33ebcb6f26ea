import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull, formatTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ClockIcon } from '../ui/ClockIcon';
import { MessageContent } from './content/MessageContent';
import { failureText, messageView, type MessageView } from './content/message-view';
import { QuotedReply } from './content/QuotedReply';
import { ReferralChip } from './content/ReferralChip';
import { DeliveryStatus } from './DeliveryStatus';
import { messageElementId } from './message-anchor';

/** Stickers float without a bubble, like in the customer's app; reactions get a compact one. */
function variant(view: MessageView): string {
  if (view.kind === 'reaction') return ' message--reaction';
  const sticker = view.kind === 'media' && view.media === 'sticker' && view.presentation !== 'file';
  return sticker && view.file.state === 'ready' ? ' message--sticker' : '';
}

/** A message the platform knows (it has its id there) and that is not a reaction can be quoted. */
const quotable = (m: Message, view: MessageView): boolean =>
  m.platformMessageId !== null && view.kind !== 'reaction' && m.status !== 'failed';

interface Props {
  message: Message;
  contactName: string;
  /** Quote this message in the composer; absent for people who can't reply. */
  onReply?: ((message: Message) => void) | undefined;
}

export function MessageBubble({ message: m, contactName, onReply }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const inbound = m.direction === 'inbound';
  const view = messageView(m);
  const status = m.status === 'failed' ? ' message--failed' : m.status === 'held' ? ' message--held' : '';
  return (
    <li
      id={messageElementId(m.id)}
      tabIndex={-1}
      className={`message message--${m.direction}${status}${variant(view)}`}
      data-message-id={m.id}
    >
      {m.referral && <ReferralChip referral={m.referral} />}
      <div className="message__row">
        <div className="message__bubble">
          <span className="visually-hidden">
            {inbound ? t('inbox.message.incoming', { name: contactName }) : t('inbox.message.outgoing')}
          </span>
          {m.replyTo && <QuotedReply quoted={m.replyTo} contactName={contactName} />}
          <MessageContent view={view} />
          <span className="message__meta">
            {!inbound && m.sentBy && <span className="message__sender">{m.sentBy.name}</span>}
            <time dateTime={m.createdAt} title={formatFull(m.createdAt, locale)}>
              {formatTime(m.createdAt, locale)}
            </time>
            {!inbound && <DeliveryStatus status={m.status} />}
          </span>
        </div>
        {onReply && quotable(m, view) && (
          <button
            type="button"
            className="message__reply"
            onClick={() => onReply(m)}
            data-testid="message-reply"
          >
            <span aria-hidden="true">↩</span>
            <span className="visually-hidden">{t('inbox.message.reply')}</span>
          </button>
        )}
      </div>
      {m.status === 'failed' && <p className="message__error">{failureText(m.error, t)}</p>}
      {m.status === 'held' && (
        <p className="message__held" data-testid="message-held">
          <ClockIcon /> {t('inbox.message.held')}
        </p>
      )}
    </li>
  );
}
