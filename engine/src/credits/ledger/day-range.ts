import { TZDate } from '@date-fns/tz';
import { ApiError } from '../../infrastructure/http/api-error.js';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Midnight starting `day` (YYYY-MM-DD) in `timeZone`, as an instant. */
export function startOfDay(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime());
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function dayOf(at: Date, timeZone: string): string {
  return new TZDate(at.getTime(), timeZone).toISOString().slice(0, 10);
}

export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ApiError(400, 'INVALID_INPUT', `timeZone: unknown time zone "${timeZone}"`, [
      { path: 'timeZone', message: 'unknown time zone' },
    ]);
  }
}

/**
 * A filter's `from` (a day, inclusive, or an instant) and `to` (a day, inclusive, or an instant,
 * exclusive) as the instants they bound.
 */
export function instantRange(range: { from?: string; to?: string; timeZone: string }): {
  from?: Date;
  until?: Date;
} {
  checkTimeZone(range.timeZone);
  return {
    ...(range.from
      ? { from: isDay(range.from) ? startOfDay(range.from, range.timeZone) : new Date(range.from) }
      : {}),
    ...(range.to
      ? { until: isDay(range.to) ? startOfDay(nextDay(range.to), range.timeZone) : new Date(range.to) }
      : {}),
  };
}
