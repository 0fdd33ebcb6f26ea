import type { BusinessHours } from '@parley/contracts';

/**
 * Business hours as the form edits them: a row per weekday (Monday first) that is open or closed,
 * each with its ranges, and the holidays. Converted to and from the contract's flat `weekly` list
 * with small pure functions; a closed day keeps its ranges in the form, unsent, should it reopen.
 */
export interface TimeRange {
  opens: string;
  closes: string;
}

export interface DayHoursValues {
  /** 0 Sunday … 6 Saturday, as the contract numbers them. */
  day: number;
  open: boolean;
  ranges: TimeRange[];
}

export interface BusinessHoursValues {
  /** Off: the account has no business hours (and so no away message). */
  enabled: boolean;
  timeZone: string;
  days: DayHoursValues[];
  closedDates: { date: string }[];
}

export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
/** The order of the rows: Monday to Sunday. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
export const defaultRange = (): TimeRange => ({ opens: '09:00', closes: '18:00' });

const minutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const time = (total: number): string =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** Another range for a day: an hour from where the last one closes (a lunch break), within the day. */
export function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.closes)) return defaultRange();
  const opens = Math.min(minutes(last.closes) + 60, 23 * 60);
  return { opens: time(opens), closes: time(Math.min(opens + 4 * 60, 23 * 60 + 59)) };
}

/** What new business hours start from: weekdays 9:00–18:00, closed at the weekend, in Tokyo. */
export function defaultBusinessHours(): BusinessHoursValues {
  return {
    enabled: false,
    timeZone: DEFAULT_TIME_ZONE,
    days: WEEK_ORDER.map((day) => ({ day, open: day >= 1 && day <= 5, ranges: [defaultRange()] })),
    closedDates: [],
  };
}

/** The account's business hours in the form (its defaults when it has none). */
export function businessHoursValues(hours: BusinessHours | null): BusinessHoursValues {
  if (!hours) return defaultBusinessHours();
  return {
    enabled: true,
    timeZone: hours.timeZone,
    days: WEEK_ORDER.map((day) => {
      const ranges = hours.weekly
        .filter((range) => range.day === day)
        .map(({ opens, closes }) => ({ opens, closes }))
        .sort((a, b) => a.opens.localeCompare(b.opens));
      return { day, open: ranges.length > 0, ranges: ranges.length > 0 ? ranges : [defaultRange()] };
    }),
    closedDates: [...hours.closedDates].sort().map((date) => ({ date })),
  };
}

export interface BusinessHoursRequest {
  hours: BusinessHours | null;
  /** Where each part of the request came from: `weekly.3` → `days.0.ranges.1`, `closedDates.0` → `closedDates.2.date`. */
  sources: Map<string, string>;
}

/** The form's business hours as the contract's, and where each range and date came from. */
export function businessHoursRequest(values: BusinessHoursValues): BusinessHoursRequest {
  const sources = new Map<string, string>();
  if (!values.enabled) return { hours: null, sources };
  const weekly: BusinessHours['weekly'] = [];
  values.days.forEach((day, d) => {
    if (!day.open) return;
    day.ranges.forEach((range, r) => {
      sources.set(`weekly.${weekly.length}`, `days.${d}.ranges.${r}`);
      weekly.push({ day: day.day, opens: range.opens, closes: range.closes });
    });
  });
  const dates = new Map<string, number>();
  values.closedDates.forEach(({ date }, i) => {
    if (date.trim() && !dates.has(date)) dates.set(date, i);
  });
  const closedDates = [...dates.keys()].sort();
  closedDates.forEach((date, i) => sources.set(`closedDates.${i}`, `closedDates.${dates.get(date)}.date`));
  return { hours: { timeZone: values.timeZone, weekly, closedDates }, sources };
}

/**
 * The form field a path inside the request's business hours is about (`weekly.3.closes` →
 * `days.0.ranges.1.closes`): the longest known part, then the rest as it is.
 */
export function businessHoursField(path: string, sources: ReadonlyMap<string, string>): string | null {
  if (path === 'timeZone') return 'timeZone';
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const source = sources.get(parts.slice(0, n).join('.'));
    if (source !== undefined) return [source, ...parts.slice(n)].join('.');
  }
  return null;
}
