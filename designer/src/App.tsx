import { I18nProvider } from './i18n/I18nProvider';
import { Inbox } from './inbox/Inbox';
import { useSelectedConversationId } from './inbox/use-hash-route';
import { useInbox } from './inbox/use-inbox';
import { AppHeader } from './shell/AppHeader';
import { HealthBanner } from './shell/HealthBanner';
import { useHealth } from './shell/use-health';

/** The composition root: one live connection to the engine feeds the whole page. */
export function App() {
  const selectedId = useSelectedConversationId();
  const inbox = useInbox(selectedId);
  const health = useHealth(inbox.stream);
  return (
    <I18nProvider>
      <div className="app">
        <AppHeader stream={inbox.stream} />
        <HealthBanner view={health} streamLive={inbox.stream === 'live'} />
        <Inbox inbox={inbox} selectedId={selectedId} />
      </div>
    </I18nProvider>
  );
}
