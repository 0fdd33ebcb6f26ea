import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

/** What a person without the permission sees on an admin page, instead of an error. */
export function AdminOnlyPanel({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('shell.adminOnly.title')}>
      <div className="notice notice--info" role="note">
        <p>{t('shell.adminOnly.body', { organisation })}</p>
        <p>
          <Link className="button" to="/inbox">
            {t('shell.adminOnly.back')}
          </Link>
        </p>
      </div>
    </Page>
  );
}
