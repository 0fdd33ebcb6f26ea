import { describe, expect, it } from 'vitest';
import {
  formatCoordinates,
  formatDateTime,
  formatDay,
  formatFileSize,
  formatRelative,
  formatTime,
} from './format';
import { translator } from './translator.test-support';

const en = translator('en');
const ja = translator('ja');

const now = new Date(2025, 2, 12, 15, 0); // Wed 12 March 2025, 15:00 local time
const iso = (...args: [number, number, number, number, number, number?]) => new Date(...args).toISOString();

describe('formatRelative', () => {
  it('says how long ago for the last hour', () => {
    expect(formatRelative(iso(2025, 2, 12, 14, 59, 50), now, 'en', en)).toBe('now');
    expect(formatRelative(iso(2025, 2, 12, 14, 55), now, 'en', en)).toMatch(/^5 min/);
    expect(formatRelative(iso(2025, 2, 12, 14, 55), now, 'ja', ja)).toBe('5 分前');
  });

  it('shows the time today, then yesterday, weekday and date', () => {
    expect(formatRelative(iso(2025, 2, 12, 9, 5), now, 'ja', ja)).toBe('9:05');
    expect(formatRelative(iso(2025, 2, 11, 23, 0), now, 'en', en)).toBe('Yesterday');
    expect(formatRelative(iso(2025, 2, 8, 10, 0), now, 'en', en)).toBe('Sat');
    expect(formatRelative(iso(2025, 1, 3, 10, 0), now, 'en-GB', en)).toBe('3 Feb');
    expect(formatRelative(iso(2024, 1, 3, 10, 0), now, 'ja', ja)).toBe('2024年2月3日');
  });
});

describe('formatDay and formatTime', () => {
  it('names today and yesterday in the chosen language', () => {
    expect(formatDay(iso(2025, 2, 12, 1, 0), now, 'ja', ja)).toBe('今日');
    expect(formatDay(iso(2025, 2, 11, 1, 0), now, 'en', en)).toBe('Yesterday');
    expect(formatDay(iso(2025, 2, 3, 1, 0), now, 'en-GB', en)).toBe('Monday 3 March');
    expect(formatTime(iso(2025, 2, 3, 14, 5), 'en-US')).toBe('2:05 PM');
  });
});

describe('formatFileSize', () => {
  it('uses bytes below a kilobyte, then decimal units with at most one decimal', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(999, 'en')).toBe('999 bytes');
    expect(formatFileSize(1500, 'en')).toBe('1.5 kB');
    expect(formatFileSize(48_213, 'en')).toBe('48 kB');
    expect(formatFileSize(2_345_678, 'en')).toBe('2.3 MB');
    expect(formatFileSize(5_000_000_000, 'en')).toBe('5 GB');
  });

  it('never shows "1,000" of a unit', () => {
    expect(formatFileSize(999_600, 'en')).toBe('1 MB');
    expect(formatFileSize(999.7, 'en')).toBe('1 kB');
  });

  it('follows the locale', () => {
    expect(formatFileSize(512, 'ja')).toBe('512 バイト');
    expect(formatFileSize(1_500_000, 'ja')).toBe('1.5 MB');
    expect(formatFileSize(1_500_000, 'de')).toBe('1,5 MB');
  });

  it('treats nonsense as zero', () => {
    expect(formatFileSize(-5, 'en')).toBe('0 bytes');
    expect(formatFileSize(Number.NaN, 'en')).toBe('0 bytes');
  });
});

describe('formatCoordinates', () => {
  it('shows latitude and longitude to five decimals', () => {
    expect(formatCoordinates(35.6812362, 139.7671248, 'en')).toBe('35.68124, 139.76712');
    expect(formatCoordinates(-33.8, -70, 'en')).toBe('-33.8, -70');
  });
});

describe('formatDateTime', () => {
  it('follows the locale', () => {
    const at = iso(2025, 2, 12, 14, 5);
    expect(formatDateTime(at, 'ja')).toBe('2025/03/12 14:05');
  });
});
