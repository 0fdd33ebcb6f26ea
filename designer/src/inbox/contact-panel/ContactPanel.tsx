import type { ChannelId, ContactProfile, Conversation } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useCan } from '../../shell/use-session';
import { formatPhoneNumber } from '../contact';
import { contactProfileQuery } from '../thread-work.api';
import { ContactNotes } from './ContactNotes';
import { LanguageField } from './LanguageField';
import { TagsField } from './TagsField';

/** The panel's element id, which the header's toggle controls. */
export const CONTACT_PANEL_ID = 'contact-panel';

/** Who the customer is: how the platform knows them, and since when. */
export function ContactDetails({ profile, channel }: { profile: ContactProfile; channel: ChannelId }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rows: [string, string][] = [];
  if (profile.name) rows.push([t('threadWork.contact.name'), profile.name]);
  if (profile.platformId)
    rows.push(
      channel === 'whatsapp'
        ? [t('threadWork.contact.phone'), formatPhoneNumber(profile.platformId) ?? profile.platformId]
        : [t('threadWork.contact.chatId'), profile.platformId],
    );
  if (profile.userId) rows.push([t('threadWork.contact.userId'), profile.userId]);
  if (profile.username)
    rows.push([t('threadWork.contact.username'), `@${profile.username.replace(/^@/u, '')}`]);
  rows.push([t('threadWork.contact.since'), formatDateTime(profile.createdAt, locale)]);
  return (
    <dl className="contact-details" data-testid="contact-details">
      {rows.map(([term, value]) => (
        <div key={term} className="contact-details__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The panel's content once the profile is read; editing needs `messages:send`. */
export function ContactPanelBody({
  profile,
  channel,
  editable,
}: {
  profile: ContactProfile;
  channel: ChannelId;
  editable: boolean;
}) {
  return (
    <div className="contact-panel__body">
      <ContactDetails profile={profile} channel={channel} />
      <LanguageField key={`language-${profile.language ?? ''}`} profile={profile} editable={editable} />
      <TagsField profile={profile} editable={editable} />
      <ContactNotes profile={profile} editable={editable} />
    </div>
  );
}

interface Props {
  conversation: Conversation;
  onClose: () => void;
}

/** Beside the thread: the customer's profile — details, language, tags and notes. */
export function ContactPanel({ conversation, onClose }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const editable = useCan('messages:send');
  const profile = useQuery(contactProfileQuery(conversation.contact.id));
  let body;
  if (profile.data)
    body = <ContactPanelBody profile={profile.data} channel={conversation.channel} editable={editable} />;
  else if (profile.error)
    body = (
      <p className="inline-error" role="alert">
        {errorText(toApiError(profile.error), t)}{' '}
        <button type="button" className="link-button" onClick={() => void profile.refetch()}>
          {t('common.retry')}
        </button>
      </p>
    );
  else body = <p className="contact-panel__empty">{t('threadWork.contact.loading')}</p>;

  return (
    <aside
      id={CONTACT_PANEL_ID}
      className="contact-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="contact-panel"
    >
      <header className="contact-panel__header">
        <h2 id={headingId}>{t('threadWork.contact.heading')}</h2>
        <button type="button" className="icon-button contact-panel__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('threadWork.contact.hide')}</span>
        </button>
      </header>
      {body}
    </aside>
  );
}
