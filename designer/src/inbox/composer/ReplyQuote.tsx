import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { messageSummary, messageView } from '../content/message-view';

/** The message being answered, above the composer, with a way to stop quoting it. */
export function ReplyQuote({
  message,
  contactName,
  onCancel,
}: {
  message: Message;
  contactName: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const who = message.direction === 'inbound' ? contactName : t('inbox.quote.you');
  return (
    <div className="reply-quote" data-testid="composer-reply-quote">
      <div className="quote">
        <p className="quote__who">{t('composer.replyingTo', { name: who })}</p>
        <p className="quote__text">{messageSummary(messageView(message), t)}</p>
      </div>
      <button type="button" className="icon-button reply-quote__cancel" onClick={onCancel}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('composer.cancelReply')}</span>
      </button>
    </div>
  );
}
