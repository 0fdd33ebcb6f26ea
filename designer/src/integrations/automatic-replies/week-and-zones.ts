import { DEFAULT_TIME_ZONE } from './business-hours-form';

/** A weekday's name in the locale ("月曜日", "Monday"); 0 is Sunday, as in the contract. */
export function weekdayName(day: number, locale: string): string {
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + day)),
  );
}

/** The time zones to choose from: the browser's IANA list, with Tokyo, UTC and the current one sure to be there. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, DEFAULT_TIME_ZONE, 'UTC', current])].filter(Boolean).sort();
}
