import { isWithinBusinessHours, type BusinessHours } from '@parley/contracts';
import { WEEK_ORDER } from '../integrations/automatic-replies/business-hours-form';
import { weekdayName } from '../integrations/automatic-replies/week-and-zones';

/** Whether an account is open at a moment by its hours: open, closed, closed for a holiday, or it has none. */
export type OpenState = 'open' | 'closed' | 'holiday' | 'none';

/** The date (YYYY-MM-DD) and time (HH:MM) in a time zone at a moment. */
export function zonedNow(timeZone: string, at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Open or closed at `at` by the contract's own check (the one routing and the away message use). */
export function openState(hours: BusinessHours | null, at: Date): OpenState {
  if (!hours) return 'none';
  if (isWithinBusinessHours(hours, at)) return 'open';
  return hours.closedDates.includes(zonedNow(hours.timeZone, at).date) ? 'holiday' : 'closed';
}

export interface DaySummary {
  /** 0 Sunday … 6 Saturday. */
  day: number;
  name: string;
  /** Its ranges in order ("09:00–12:00"); none when closed. */
  ranges: string[];
}

/** The week, Monday first, each day with its opening hours in order. */
export function weekSummary(hours: BusinessHours, locale: string): DaySummary[] {
  return WEEK_ORDER.map((day) => ({
    day,
    name: weekdayName(day, locale),
    ranges: hours.weekly
      .filter((range) => range.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((range) => `${range.opens}–${range.closes}`),
  }));
}

/** The holidays from today on (in the hours' time zone), in order, and how many have passed. */
export function holidaySummary(hours: BusinessHours, at: Date): { upcoming: string[]; past: number } {
  const today = zonedNow(hours.timeZone, at).date;
  const sorted = [...new Set(hours.closedDates)].sort();
  const upcoming = sorted.filter((date) => date >= today);
  return { upcoming, past: sorted.length - upcoming.length };
}

/** A holiday (YYYY-MM-DD) as the locale writes a date with its weekday: "Mon, 5 May 2025", "2025年5月5日(月)". */
export function formatHoliday(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** Items as the locale lists them, without "and": "a, b, c"; "a、b、c". */
export const listText = (items: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items);
