import type { IssuedInvitation } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { CopyField } from '../ui/CopyField';

/** "Invitation emailed to …", or — when the server sends no email — the link to pass on, with a copy button. */
export function IssuedInvitationNotice({ issued }: { issued: IssuedInvitation }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { email, expiresAt } = issued.invitation;
  if (issued.emailSent || !issued.link) {
    return <p className="alert alert--success">{t('people.invite.emailed', { email })}</p>;
  }
  return (
    <div className="alert alert--info">
      <p>{t('people.invite.linkIntro', { email, date: formatDateTime(expiresAt, locale) })}</p>
      <CopyField
        label={t('people.invite.linkLabel')}
        value={issued.link}
        copyLabel={t('people.invite.copy')}
      />
    </div>
  );
}
