import type { Session } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { StreamStatus } from '../api/use-event-stream';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { ConnectionIndicator } from './ConnectionIndicator';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';
import { WorkdayTools } from './WorkdayTools';

export function AppHeader({ session, stream }: { session: Session; stream: StreamStatus | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link className="brand" to="/inbox">
        <span className="brand__logo" aria-hidden="true" />
        {t('common.appName')}
      </Link>
      <MainNav permissions={session.permissions} />
      <div className="app-header__tools">
        {stream && <ConnectionIndicator status={stream} />}
        {session.permissions.includes('messages:send') && <WorkdayTools session={session} />}
        <LanguageSwitcher />
        <UserMenu session={session} />
      </div>
    </header>
  );
}
