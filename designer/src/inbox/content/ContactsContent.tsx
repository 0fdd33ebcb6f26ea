import { useTranslation } from 'react-i18next';
import { Avatar } from '../Avatar';
import { mailtoHref, telHref } from './content-format';
import type { SharedContact, ViewOf } from './message-view';

function ContactCard({ contact: c }: { contact: SharedContact }) {
  const { t } = useTranslation();
  const name = c.name.trim() || c.phones[0]?.phone || t('inbox.content.kind.contacts');
  return (
    <li className="contact-card">
      <Avatar seed={name} name={name} />
      <div className="contact-card__body">
        <p className="contact-card__name">{name}</p>
        {c.organization && <p className="contact-card__detail">{c.organization}</p>}
        {c.phones.map((p, i) => {
          const href = telHref(p.phone);
          return (
            <p key={`p${i}`} className="contact-card__detail">
              {href ? <a href={href}>{p.phone}</a> : p.phone}
              {p.type && <span className="contact-card__type"> · {p.type.toLowerCase()}</span>}
            </p>
          );
        })}
        {c.emails.map((email, i) => {
          const href = mailtoHref(email);
          return (
            <p key={`e${i}`} className="contact-card__detail">
              {href ? <a href={href}>{email}</a> : email}
            </p>
          );
        })}
      </div>
    </li>
  );
}

/** Contact cards the customer shared. */
export function ContactsContent({ view }: { view: ViewOf<'contacts'> }) {
  const { t } = useTranslation();
  return (
    <div className="shared-contacts">
      <p className="content-hint">
        {view.contacts.length === 1
          ? t('inbox.content.sharedContact')
          : t('inbox.content.sharedContacts', { count: view.contacts.length })}
      </p>
      <ul className="shared-contacts__list">
        {view.contacts.map((c, i) => (
          <ContactCard key={i} contact={c} />
        ))}
      </ul>
    </div>
  );
}
