import type { Translate } from '../../i18n/translate';

const MINUTE = 60_000;

/** How long a conversation has waited in its queue, in whole minutes (never negative). */
export function waitedMinutes(queuedAt: string, now: Date): number {
  const waited = now.getTime() - Date.parse(queuedAt);
  return Number.isFinite(waited) && waited > 0 ? Math.floor(waited / MINUTE) : 0;
}

/** "Under a minute", "12m", "1h 5m", "2d 3h" (or in Japanese): the wait, as short as it stays clear. */
export function waitText(minutes: number, t: Translate): string {
  if (minutes < 1) return t('inboxWork.wait.underAMinute');
  if (minutes < 60) return t('inboxWork.wait.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('inboxWork.wait.hours', { hours, minutes: minutes % 60 });
  return t('inboxWork.wait.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}
