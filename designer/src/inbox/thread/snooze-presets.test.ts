import { describe, expect, it } from 'vitest';
import { fromLocalInputValue, snoozePreset, snoozeUntil, toLocalInputValue } from './snooze-presets';

// Local dates: the presets are computed in the browser's time zone, whichever the tests run in.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('snoozePreset', () => {
  const wednesday = local(2025, 1, 1, 15, 30);

  it('ends in an hour', () => {
    expect(snoozePreset('hour', wednesday).getTime() - wednesday.getTime()).toBe(3_600_000);
  });

  it('ends tomorrow at 9:00, across a month’s end', () => {
    expect(snoozePreset('tomorrow', wednesday)).toEqual(local(2025, 1, 2, 9));
    expect(snoozePreset('tomorrow', local(2025, 1, 31, 23, 59))).toEqual(local(2025, 2, 1, 9));
  });

  it('ends next Monday at 9:00 — a week on when it is Monday already', () => {
    expect(snoozePreset('monday', wednesday)).toEqual(local(2025, 1, 6, 9));
    expect(snoozePreset('monday', local(2025, 1, 5, 20))).toEqual(local(2025, 1, 6, 9)); // a Sunday
    expect(snoozePreset('monday', local(2025, 1, 6, 8))).toEqual(local(2025, 1, 13, 9)); // a Monday
  });
});

describe('the custom time', () => {
  it('goes to and from a datetime-local value in local time', () => {
    expect(toLocalInputValue(local(2025, 3, 4, 7, 5))).toBe('2025-03-04T07:05');
    expect(fromLocalInputValue('2025-03-04T07:05')).toEqual(local(2025, 3, 4, 7, 5));
  });

  it('refuses what is not a date and time', () => {
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('tomorrow')).toBeNull();
    expect(fromLocalInputValue('2025-02-30T09:00')).toBeNull();
  });
});

describe('snoozeUntil', () => {
  const now = local(2025, 1, 1, 15, 30);

  it('answers the instant the engine takes', () => {
    expect(snoozeUntil('tomorrow', '', now)).toEqual({ until: local(2025, 1, 2, 9).toISOString() });
    expect(snoozeUntil('custom', '2025-01-01T18:00', now)).toEqual({
      until: local(2025, 1, 1, 18).toISOString(),
    });
  });

  it('says what is wrong with a custom time', () => {
    expect(snoozeUntil('custom', '2025-01-01T15:30', now)).toEqual({ problem: 'past' });
    expect(snoozeUntil('custom', 'soon', now)).toEqual({ problem: 'invalid' });
  });
});
