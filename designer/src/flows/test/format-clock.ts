const cache = new Map<string, Intl.DateTimeFormat>();

/** A moment to the second, as a trace shows it: "14:05:09" (with the date when not today). */
export function formatClock(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const today = date.toDateString() === now.toDateString();
  const key = `${locale}|${today}`;
  let format = cache.get(key);
  if (!format)
    cache.set(
      key,
      (format = new Intl.DateTimeFormat(locale, {
        ...(today ? {} : { month: 'short', day: 'numeric' }),
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
      })),
    );
  return format.format(date);
}
