import { useTranslation } from 'react-i18next';
import type { HealthView } from './use-health';

/** Warnings about the engine's dependencies. The live region exists before any banner appears. */
export function HealthBanner({ view, streamLive }: { view: HealthView; streamLive: boolean }) {
  const { t } = useTranslation();
  const messages: { key: string; text: string; tone: 'warning' | 'error' }[] = [];
  if (view.kind === 'unreachable' && !streamLive) {
    messages.push({ key: 'unreachable', text: t('health.unreachable'), tone: 'error' });
  }
  if (view.kind === 'known' && !view.health.database.ok) {
    messages.push({ key: 'database', text: t('health.databaseDown'), tone: 'error' });
  }
  if (view.kind === 'known' && !view.health.temporal.ok) {
    messages.push({ key: 'temporal', text: t('health.temporalDown'), tone: 'warning' });
  }
  return (
    <div className="banners" aria-live="polite">
      {messages.map((m) => (
        <p key={m.key} className={`banner banner--${m.tone}`}>
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          {m.text}
        </p>
      ))}
    </div>
  );
}
