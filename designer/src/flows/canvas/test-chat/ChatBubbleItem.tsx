import { useTranslation } from 'react-i18next';
import type { ChatBubble } from './chat-bubbles';
import { ChatListRows } from './ChatListRows';

/** What the customer tapped: a reply button or a list row of the message. */
export type ChatTap = { messageId: string; buttonId: string } | { messageId: string; rowId: string };

interface Props {
  bubble: ChatBubble;
  /** The time as the phone shows it ("14:05"). */
  time: string;
  /** Taps wait (a tap on its way, the draft being saved). */
  disabled: boolean;
  onTap: (tap: ChatTap) => void;
}

/** One message of the test chat as WhatsApp draws it, with its buttons, list, link, time and ticks. */
export function ChatBubbleItem({ bubble, time, disabled, onTap }: Props) {
  const { t } = useTranslation();
  const { message, side, ticks, chosen } = bubble;
  const label =
    message.kind === 'media'
      ? t('flowTestChat.media', { kind: message.label ?? '' })
      : message.kind === 'template' && message.label
        ? t('flowTestChat.template', { name: message.label })
        : message.kind === 'other' && message.text === null
          ? t('flowTestChat.other')
          : null;
  return (
    <li
      className={`chat-bubble chat-bubble--${side}`}
      data-testid="test-chat-message"
      data-kind={message.kind}
    >
      <span className="visually-hidden">{t(`flowTestChat.from.${side}`)}: </span>
      {label && <p className="chat-bubble__label">{label}</p>}
      {message.header && <p className="chat-bubble__header">{message.header}</p>}
      {message.text && <p className="chat-bubble__text">{message.text}</p>}
      {message.footer && <p className="chat-bubble__footer">{message.footer}</p>}
      <p className="chat-bubble__meta">
        <time dateTime={message.at}>{time}</time>
        {ticks && (
          <span className={`chat-ticks chat-ticks--${ticks}`} title={t(`flowTestChat.ticks.${ticks}`)}>
            <span aria-hidden="true">{ticks === 'pending' ? '🕓' : ticks === 'sent' ? '✓' : '✓✓'}</span>
            <span className="visually-hidden">{t(`flowTestChat.ticks.${ticks}`)}</span>
          </span>
        )}
      </p>
      {message.buttons.length > 0 && (
        <div className="chat-choices">
          {message.buttons.map((button) => (
            <button
              key={button.id}
              type="button"
              className="chat-choice"
              disabled={disabled}
              onClick={() => onTap({ messageId: message.id, buttonId: button.id })}
            >
              {button.title}
            </button>
          ))}
        </div>
      )}
      {message.list && (
        <ChatListRows
          list={message.list}
          disabled={disabled}
          onChoose={(rowId) => onTap({ messageId: message.id, rowId })}
        />
      )}
      {message.cta && (
        <a
          className="chat-choice chat-choice--link"
          href={message.cta.url}
          target="_blank"
          rel="noreferrer"
          title={t('flowTestChat.link', { url: message.cta.url })}
        >
          ↗ {message.cta.label}
        </a>
      )}
      {chosen && <p className="chat-bubble__chosen">{t('flowTestChat.chosen', { title: chosen })}</p>}
    </li>
  );
}
