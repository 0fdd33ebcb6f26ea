import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

/** The frame of the pages used before signing in. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <header className="auth-layout__header">
        <span className="brand">
          <span className="brand__logo" aria-hidden="true" />
          {t('common.appName')}
        </span>
        <LanguageSwitcher />
      </header>
      <Outlet />
    </div>
  );
}
