import type { Translate } from './translate';

/** Date and number formatting with Intl in the chosen locale. Pure: `now` is passed in. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f as Intl.DateTimeFormat;
}

function rtf(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' })));
  return f as Intl.RelativeTimeFormat;
}

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f as Intl.NumberFormat;
}

const SIZE_UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A file size in decimal units: "512 bytes", "1.5 kB", "23 MB" ("バイト", "KB"… in Japanese). */
export function formatFileSize(bytes: number, locale: string): string {
  if (!(bytes >= 999.5)) {
    const whole = Math.max(0, Math.round(bytes)) || 0;
    return nf(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(whole);
  }
  let value = bytes / 1000;
  let unit = 0;
  // 999.5 would round up to "1,000", so it is shown in the next unit.
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return nf(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 9.95 ? 1 : 0,
  }).format(value);
}

/** Latitude and longitude to about a metre: "35.68123, 139.76712". */
export function formatCoordinates(latitude: number, longitude: number, locale: string): string {
  const f = nf(locale, { maximumFractionDigits: 5 });
  return `${f.format(latitude)}, ${f.format(longitude)}`;
}

/** Local calendar day, for grouping messages under day headings. */
export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Whole local calendar days from `iso` to `now` (0 = today, 1 = yesterday). */
function daysAgo(iso: string, now: Date): number {
  const d = new Date(iso);
  const start = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  return Math.round((start(now) - start(d)) / (24 * HOUR));
}

export const formatTime = (iso: string, locale: string): string =>
  dtf(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

export const formatFull = (iso: string, locale: string): string =>
  dtf(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));

/** Short relative time for the conversation list: "now", "5 min. ago", "14:05", "Yesterday", "Mon", "3 Mar". */
export function formatRelative(iso: string, now: Date, locale: string, t: Translate): string {
  const ms = now.getTime() - Date.parse(iso);
  if (ms < MINUTE) return rtf(locale).format(0, 'second');
  if (ms < HOUR) return rtf(locale).format(-Math.floor(ms / MINUTE), 'minute');
  const days = daysAgo(iso, now);
  if (days <= 0) return formatTime(iso, locale);
  if (days === 1) return t('date.yesterday');
  if (days < 7) return dtf(locale, { weekday: 'short' }).format(new Date(iso));
  const sameYear = new Date(iso).getFullYear() === now.getFullYear();
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { month: 'short', day: 'numeric' }
    : { year: 'numeric', month: 'short', day: 'numeric' };
  return dtf(locale, options).format(new Date(iso));
}

/** Heading above each day's messages in a thread. */
export function formatDay(iso: string, now: Date, locale: string, t: Translate): string {
  const days = daysAgo(iso, now);
  if (days === 0) return t('date.today');
  if (days === 1) return t('date.yesterday');
  const sameYear = new Date(iso).getFullYear() === now.getFullYear();
  return dtf(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(new Date(iso));
}

/** Date and time, compact: "12 Mar 2025, 14:05". */
export const formatDateTime = (iso: string, locale: string): string =>
  dtf(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
