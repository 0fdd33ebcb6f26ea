import type { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { Avatar } from './Avatar';
import { ChannelBadge } from './ChannelBadge';
import { contactLabel, contactNumber } from './contact';
import { INBOX_HREF } from './route';

export function ThreadHeader({ conversation }: { conversation: Conversation | null }) {
  const { t } = useI18n();
  const number = conversation && contactNumber(conversation);
  const showNumber = conversation?.contact.name && number;
  return (
    <header className={conversation ? 'thread-header' : 'thread-header thread-header--bare'}>
      <a className="thread-header__back" href={INBOX_HREF}>
        <span aria-hidden="true">←</span>
        <span className="visually-hidden">{t.thread.back}</span>
      </a>
      {conversation && (
        <>
          <Avatar contact={conversation.contact} />
          <div className="thread-header__title">
            <h2 id="thread-heading">{contactLabel(conversation)}</h2>
            <p className="thread-header__sub">
              <ChannelBadge channel={conversation.channel} />
              {showNumber && <span className="thread-header__number">{number}</span>}
            </p>
          </div>
        </>
      )}
    </header>
  );
}
