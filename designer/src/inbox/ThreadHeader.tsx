import type { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { Avatar } from './Avatar';
import { contactLabel, contactNumber } from './contact';
import { INBOX_HREF } from './route';

export function ThreadHeader({ conversation }: { conversation: Conversation | null }) {
  const { t } = useI18n();
  const number = conversation && contactNumber(conversation.contact);
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
            <h2 id="thread-heading">{contactLabel(conversation.contact)}</h2>
            {showNumber && <p className="thread-header__number">{number}</p>}
          </div>
        </>
      )}
    </header>
  );
}
