import { useTranslation } from 'react-i18next';
import { StatePanel } from '../ui/StatePanel';

/** Shown while a route checks the session or loads, if that takes a moment. */
export function PendingPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--centered">
      <StatePanel tone="loading" title={t('shell.loadingApp')} />
    </div>
  );
}
