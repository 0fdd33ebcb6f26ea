/** Units a wait may be written in, with their length in minutes. */
export const minuteUnits = { minutes: 1, hours: 60, days: 24 * 60 } as const;
export type MinuteUnit = keyof typeof minuteUnits;

/** The largest unit the minutes are a whole number of (`2880` → days, `90` → minutes). */
export function bestUnit(minutes: number): MinuteUnit {
  if (minutes > 0 && minutes % minuteUnits.days === 0) return 'days';
  if (minutes > 0 && minutes % minuteUnits.hours === 0) return 'hours';
  return 'minutes';
}

/** An amount of a unit, in minutes. */
export const toMinutes = (amount: number, unit: MinuteUnit): number => amount * minuteUnits[unit];

/** Minutes as an amount of a unit (1.5 when 90 minutes are shown in hours). */
export const fromMinutes = (minutes: number, unit: MinuteUnit): number => minutes / minuteUnits[unit];
