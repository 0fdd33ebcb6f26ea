import type { StreamStatus } from '../api/use-event-stream';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { INBOX_HREF } from '../inbox/route';
import { ConnectionIndicator } from './ConnectionIndicator';

export function AppHeader({ stream }: { stream: StreamStatus }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={INBOX_HREF}>
        <span className="app-header__logo" aria-hidden="true" />
        {t.appName}
      </a>
      <div className="app-header__tools">
        <ConnectionIndicator status={stream} />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
