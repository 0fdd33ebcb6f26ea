import type { Conversation } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { ChannelBadge } from './ChannelBadge';
import { contactDisplay } from './contact';
import { CONTACT_PANEL_ID } from './contact-panel/ContactPanel';
import { OwnershipBar } from './thread/OwnershipBar';
import { useNow } from './use-now';
import { UsernameOnlyHint } from './UsernameOnlyHint';
import { WindowCountdown } from './window/WindowCountdown';

interface Props {
  conversation: Conversation | null;
  /** Reloads the conversation after a manual move (assign, transfer, close…). */
  onMoved?: () => void;
  /** Whether the contact panel shows, and its toggle. */
  contactPanel?: { open: boolean; onToggle: () => void } | undefined;
}

export function ThreadHeader({ conversation, onMoved, contactPanel }: Props) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const who = conversation && contactDisplay(conversation);
  return (
    <>
      <header className={conversation ? 'thread-header' : 'thread-header thread-header--bare'}>
        <Link className="thread-header__back" to="/inbox">
          <span aria-hidden="true">←</span>
          <span className="visually-hidden">{t('inbox.thread.back')}</span>
        </Link>
        {conversation && who && (
          <>
            <Avatar seed={conversation.contact.id} name={conversation.contact.name} />
            <div className="thread-header__title">
              <h2 id="thread-heading">{who.label ?? t('inbox.contact.unknown')}</h2>
              <p className="thread-header__sub">
                <ChannelBadge channel={conversation.channel} />
                <span className="thread-header__account">
                  {t('inbox.thread.via', { account: conversation.channelAccount.name })}
                </span>
                {who.detail && <span className="thread-header__number">{who.detail}</span>}
                {who.usernameOnly && <UsernameOnlyHint />}
              </p>
            </div>
            <div className="thread-header__actions">
              <WindowCountdown window={conversation.window} now={now} testId="thread-window-countdown" />
              {contactPanel && (
                <button
                  type="button"
                  className="button button--small thread-header__contact-toggle"
                  aria-expanded={contactPanel.open}
                  aria-controls={contactPanel.open ? CONTACT_PANEL_ID : undefined}
                  onClick={contactPanel.onToggle}
                  data-testid="contact-panel-toggle"
                >
                  {t('threadWork.contact.toggle')}
                </button>
              )}
            </div>
          </>
        )}
      </header>
      {conversation && <OwnershipBar conversation={conversation} onMoved={onMoved ?? (() => undefined)} />}
    </>
  );
}
