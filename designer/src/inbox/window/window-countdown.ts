import type { ConversationWindow } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long free-form replies stay allowed: nothing to show for a channel without a window. */
export type WindowCountdown =
  | {
      state: 'open';
      hours: number;
      minutes: number;
      urgent: boolean;
      /** The customer came from a click-to-WhatsApp ad and its free entry-point window is still on. */
      entryPoint: boolean;
    }
  | { state: 'closed' }
  | null;

/**
 * The customer-service window at `now`: whole hours and minutes left (rounded down, so it never
 * promises more than there is), urgent in the last hour. Pure: the caller's clock ticks.
 */
export function windowCountdown(window: ConversationWindow, now: Date): WindowCountdown {
  if (window.unlimited) return null;
  const left = window.expiresAt === null ? 0 : Date.parse(window.expiresAt) - now.getTime();
  if (!(left > 0)) return { state: 'closed' };
  const totalMinutes = Math.floor(left / MINUTE);
  return {
    state: 'open',
    hours: Math.floor(totalMinutes / 60),
    minutes: totalMinutes % 60,
    urgent: left < HOUR,
    entryPoint: window.entryPointExpiresAt !== null && Date.parse(window.entryPointExpiresAt) > now.getTime(),
  };
}

/** "23h 12m left", "45m left", "under a minute left", "Window closed" (or in Japanese). */
export function countdownText(countdown: NonNullable<WindowCountdown>, t: Translate): string {
  if (countdown.state === 'closed') return t('inbox.window.closed');
  const { hours, minutes } = countdown;
  if (hours > 0) return t('inbox.window.hoursLeft', { hours, minutes });
  if (minutes > 0) return t('inbox.window.minutesLeft', { minutes });
  return t('inbox.window.underAMinute');
}
