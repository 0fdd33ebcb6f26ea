import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so relative times ("5 min ago") stay true. */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The longest delay `setTimeout` keeps (about 24.8 days); a later deadline waits for the next tick. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The time at which `deadline` (an ISO instant, such as a window's end) passed, re-rendering right
 * then; null before it, or when it passed before this was mounted (the caller's clock says so).
 * With `latest`, what depends on the deadline — a countdown, the composer's lock — changes at that
 * moment rather than at the next tick of a `useNow`.
 */
export function usePassed(deadline: string | null): Date | null {
  const [passed, setPassed] = useState<{ deadline: string; at: Date } | null>(null);
  useEffect(() => {
    if (deadline === null) return;
    const wait = Date.parse(deadline) - Date.now();
    if (!(wait >= 0) || wait > MAX_DELAY_MS) return;
    const timer = setTimeout(() => setPassed({ deadline, at: new Date() }), wait + 10);
    return () => clearTimeout(timer);
  }, [deadline]);
  return passed?.deadline === deadline ? passed.at : null;
}

/** The later of a ticking clock's time and a deadline's passing. */
export const latest = (now: Date, passed: Date | null): Date => (passed && passed > now ? passed : now);
