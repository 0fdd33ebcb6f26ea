const cache = new Map<string, Intl.NumberFormat>();

function unit(locale: string, name: string, digits = 0): Intl.NumberFormat {
  const key = `${locale}|${name}|${digits}`;
  let format = cache.get(key);
  if (!format)
    cache.set(
      key,
      (format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: name,
        unitDisplay: 'short',
        maximumFractionDigits: digits,
      })),
    );
  return format;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * A time spent in a node, as short as it stays clear: "350 ms", "4.2 sec", "12 min 5 sec",
 * "3 hr 20 min", "2 days 4 hr" (in the locale's own words and units).
 */
export function formatDuration(ms: number, locale: string): string {
  const f = (name: string, value: number, digits = 0) => unit(locale, name, digits).format(value);
  if (ms < SECOND) return f('millisecond', Math.round(ms));
  if (ms < 10 * SECOND) return f('second', ms / SECOND, 1);
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    small === 0 ? f(bigUnit, big) : `${f(bigUnit, big)} ${f(smallUnit, small)}`;
  const seconds = Math.round(ms / SECOND);
  if (seconds < 60) return f('second', seconds);
  if (seconds < 3_600) return pair(Math.floor(seconds / 60), 'minute', seconds % 60, 'second');
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1_440) return pair(Math.floor(minutes / 60), 'hour', minutes % 60, 'minute');
  const hours = Math.round(ms / HOUR);
  return pair(Math.floor(hours / 24), 'day', hours % 24, 'hour');
}
