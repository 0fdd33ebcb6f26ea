// Pure and zod-free, so workflow code may use it: whether a business is open by its weekly hours.

export interface WeeklyRange {
  /** 0 Sunday … 6 Saturday. */
  day: number;
  /** HH:MM, local. */
  opens: string;
  closes: string;
}

export interface BusinessHoursSpec {
  timeZone: string;
  weekly: WeeklyRange[];
  /** YYYY-MM-DD, local: closed all day. */
  closedDates: string[];
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local date (YYYY-MM-DD), weekday (0 Sunday), time (HH:MM) and minute of the day at `at`. */
export function localTimeIn(timeZone: string, at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: weekdays.indexOf(parts.weekday ?? ''),
    time: `${parts.hour}:${parts.minute}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Whether the business is open at `at` by these hours. */
export function isWithinBusinessHours(hours: BusinessHoursSpec, at: Date): boolean {
  const local = localTimeIn(hours.timeZone, at);
  if (hours.closedDates.includes(local.date)) return false;
  return hours.weekly.some(
    (range) => range.day === local.day && range.opens <= local.time && local.time < range.closes,
  );
}
