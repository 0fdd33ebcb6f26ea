import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StatePanel } from '../ui/StatePanel';

/** Any address the app has no page for. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('shell.notFound.title')} · Parley`;
  }, [t]);
  return (
    <main className="page page--centered">
      <h1 id="page-heading" className="page__title" tabIndex={-1}>
        {t('shell.notFound.title')}
      </h1>
      <StatePanel title={t('shell.notFound.body')}>
        <Link className="button" to="/">
          {t('shell.notFound.home')}
        </Link>
      </StatePanel>
    </main>
  );
}
