/** When a snooze ends: the presets are computed in the browser's time zone, from `now`. */

export const snoozePresetIds = ['hour', 'tomorrow', 'monday'] as const;
export type SnoozePresetId = (typeof snoozePresetIds)[number];
export type SnoozeChoice = SnoozePresetId | 'custom';

/** The morning hour the day presets wake the conversation at. */
export const MORNING_HOUR = 9;

/** `days` local calendar days after `now`'s, at `hour`:00 local time (daylight saving included). */
const localMorning = (now: Date, days: number): Date =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, MORNING_HOUR, 0, 0, 0);

/** The end of each preset: in an hour, tomorrow 9:00, next Monday 9:00 (a week on, on a Monday). */
export function snoozePreset(id: SnoozePresetId, now: Date): Date {
  switch (id) {
    case 'hour':
      return new Date(now.getTime() + 3_600_000);
    case 'tomorrow':
      return localMorning(now, 1);
    case 'monday': {
      const toMonday = (1 - now.getDay() + 7) % 7 || 7;
      return localMorning(now, toMonday);
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` input's value for a date, in local time: `2025-01-02T09:00`. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` input's value as a date in local time, or null when it is not one. */
export function fromLocalInputValue(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const part = (i: number) => Number(match[i] ?? 0);
  const date = new Date(part(1), part(2) - 1, part(3), part(4), part(5), part(6), 0);
  // Reject rolled-over values ("2025-02-30") rather than snoozing to a different day.
  if (date.getMonth() !== part(2) - 1 || date.getDate() !== part(3)) return null;
  return date;
}

export type SnoozeProblem = 'invalid' | 'past';

/**
 * When the chosen snooze ends, as the ISO instant the engine takes, or what is wrong with it: a
 * custom time that is not one, or not in the future.
 */
export function snoozeUntil(
  choice: SnoozeChoice,
  custom: string,
  now: Date,
): { until: string } | { problem: SnoozeProblem } {
  const date = choice === 'custom' ? fromLocalInputValue(custom) : snoozePreset(choice, now);
  if (!date) return { problem: 'invalid' };
  if (date.getTime() <= now.getTime()) return { problem: 'past' };
  return { until: date.toISOString() };
}
