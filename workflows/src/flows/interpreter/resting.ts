import { maxWaitMinutes } from '../limits.js';
import { minutesFrom } from './fill.js';

/**
 * When a wait without its own timeout ends: as long as the window that was open when it began,
 * else — it began with the window closed, so its message went by the fallback template and waits
 * for the customer — at most the longest wait (30 days).
 */
export function openEndedWait(memo: Readonly<Record<string, number>>, now: number, windowOpen: boolean) {
  if (memo.until !== undefined) return memo.until;
  return windowOpen ? null : minutesFrom(now, maxWaitMinutes);
}
