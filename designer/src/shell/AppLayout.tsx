import { Outlet } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENTS_URL } from '../inbox/inbox.api';
import { useEventStream } from '../api/use-event-stream';
import { useRecheckSession } from '../auth/use-recheck-session';
import { LowBalanceBanner } from '../credits/LowBalanceBanner';
import { useSessionLanguage } from '../i18n/use-session-language';
import { applyLiveEvent } from '../live/apply-live-event';
import { createLiveEvents, LiveEventsContext } from '../live/live-events';
import { AppHeader } from './AppHeader';
import { HealthBanner } from './HealthBanner';
import { useHealth } from './use-health';
import { useSession } from './use-session';

/** The signed-in frame: header, health and low-balance banners, one live event stream for every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  useSessionLanguage(session.user.locale);
  const queryClient = useQueryClient();
  const recheckSession = useRecheckSession();
  const live = useMemo(createLiveEvents, []);
  const stream = useEventStream(session.permissions.includes('inbox:read') ? EVENTS_URL : null, {
    onEvent: (event) => {
      applyLiveEvent(queryClient, event);
      live.emit({ kind: 'event', event });
    },
    onOpen: () => live.emit({ kind: 'open' }),
    onClosed: recheckSession,
  });
  const health = useHealth(stream ?? 'live');

  return (
    <LiveEventsContext value={live}>
      <div className="app">
        <a className="skip-link" href="#content">
          {t('shell.skipToContent')}
        </a>
        <AppHeader session={session} stream={stream} />
        <div className="app-banners">
          <HealthBanner view={health} streamLive={stream === 'live'} />
          <LowBalanceBanner />
        </div>
        <div id="content" className="app-body" tabIndex={-1}>
          <Outlet />
        </div>
      </div>
    </LiveEventsContext>
  );
}
