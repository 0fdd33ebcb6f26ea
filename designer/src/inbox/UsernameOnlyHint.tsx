import { useTranslation } from 'react-i18next';

/** A small mark for a customer known by username only: no phone number to call or match. */
export function UsernameOnlyHint() {
  const { t } = useTranslation();
  return (
    <span className="username-only" title={t('inbox.contact.usernameOnlyHint')}>
      {t('inbox.contact.usernameOnly')}
    </span>
  );
}
