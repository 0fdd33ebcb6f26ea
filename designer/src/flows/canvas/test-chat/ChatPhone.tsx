import type { TestChat } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/use-locale';
import { formatClock } from '../../test/format-clock';
import { chatBubbles } from './chat-bubbles';
import { ChatBubbleItem, type ChatTap } from './ChatBubbleItem';

/** The test customer's phone: the conversation with the account's number, and whether the business is typing. */
export function ChatPhone({
  chat,
  accountName,
  disabled,
  onTap,
}: {
  chat: TestChat;
  accountName: string;
  disabled: boolean;
  onTap: (tap: ChatTap) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const bubbles = chatBubbles(chat.messages);
  return (
    <div className="chat-phone">
      {bubbles.length === 0 ? (
        <p className="chat-phone__empty muted">{t('flowTestChat.empty')}</p>
      ) : (
        <ol
          className="chat-phone__log"
          aria-label={t('flowTestChat.phone', { account: accountName })}
          aria-live="polite"
        >
          {bubbles.map((bubble) => (
            <ChatBubbleItem
              key={bubble.message.id}
              bubble={bubble}
              time={formatClock(bubble.message.at, locale)}
              disabled={disabled}
              onTap={onTap}
            />
          ))}
        </ol>
      )}
      {chat.businessTyping && (
        <p className="chat-phone__typing muted" role="status">
          {t('flowTestChat.typing')}
        </p>
      )}
    </div>
  );
}
