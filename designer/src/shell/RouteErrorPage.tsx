import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/api-error';
import { errorText } from '../errors/describe-error';
import { StatePanel } from '../ui/StatePanel';

/** A page whose route could not load (the server unreachable while checking the session, say). */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <main className="page page--centered">
      <h1 id="page-heading" className="page__title" tabIndex={-1}>
        {t('shell.pageError.title')}
      </h1>
      <StatePanel
        tone="error"
        title={errorText(toApiError(error), t)}
        onRetry={() => void router.invalidate()}
      />
    </main>
  );
}
