import type { ConversationWindow } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { ClockIcon } from '../../ui/ClockIcon';
import { latest, usePassed } from '../use-now';
import { countdownText, windowCountdown } from './window-countdown';

/**
 * The customer-service window's time left ("23h 12m left"), urgent in its last hour, "Window
 * closed" after; an "Ad" mark for the free entry-point window. Nothing for a channel without one.
 */
export function WindowCountdown({
  window,
  now,
  testId,
}: {
  window: ConversationWindow;
  now: Date;
  /** `thread-window-countdown` in the thread's header, `list-window-countdown` in the list. */
  testId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  // It turns to "closed" when the window ends, not at the caller's next tick.
  const countdown = windowCountdown(window, latest(now, usePassed(window.expiresAt)));
  if (!countdown) return null;
  const state = countdown.state === 'closed' ? 'closed' : countdown.urgent ? 'urgent' : 'open';
  const title =
    window.expiresAt && countdown.state === 'open'
      ? t('inbox.window.until', { time: formatFull(window.expiresAt, locale) })
      : t('inbox.window.closedHint');
  return (
    <span
      className={`window-countdown window-countdown--${state}`}
      title={title}
      data-testid={testId}
      data-state={state}
    >
      <span className="visually-hidden">{t('inbox.window.label')} </span>
      <ClockIcon />
      {countdownText(countdown, t)}
      {countdown.state === 'open' && countdown.entryPoint && (
        <span
          className="window-countdown__ad"
          title={t('inbox.window.entryPointHint', {
            time: formatFull(window.entryPointExpiresAt ?? '', locale),
          })}
        >
          {t('inbox.window.ad')}
        </span>
      )}
    </span>
  );
}
