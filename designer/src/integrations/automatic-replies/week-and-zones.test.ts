import { describe, expect, it } from 'vitest';
import { timeZoneChoices, weekdayName } from './week-and-zones';

describe('weekdayName', () => {
  it('names the contract’s day numbers in the locale', () => {
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(weekdayName(1, 'ja')).toBe('月曜日');
    expect(weekdayName(6, 'en')).toBe('Saturday');
  });
});

describe('timeZoneChoices', () => {
  it('offers Tokyo, UTC and whatever is set, once each, in order', () => {
    const zones = timeZoneChoices('Europe/Paris');
    expect(zones).toContain('Asia/Tokyo');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Paris');
    expect(new Set(zones).size).toBe(zones.length);
    expect([...zones].sort()).toEqual(zones);
  });
});
