import type { Conversation } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { ChannelBadge } from './ChannelBadge';
import { contactDisplay } from './contact';
import { useNow } from './use-now';
import { UsernameOnlyHint } from './UsernameOnlyHint';
import { WindowCountdown } from './window/WindowCountdown';

export function ThreadHeader({ conversation }: { conversation: Conversation | null }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const who = conversation && contactDisplay(conversation);
  return (
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
          </div>
        </>
      )}
    </header>
  );
}
