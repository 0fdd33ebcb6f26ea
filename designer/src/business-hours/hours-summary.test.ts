import type { BusinessHours } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { formatHoliday, holidaySummary, listText, openState, weekSummary, zonedNow } from './hours-summary';

const tokyo: BusinessHours = {
  timeZone: 'Asia/Tokyo',
  weekly: [
    { day: 1, opens: '13:00', closes: '18:00' },
    { day: 1, opens: '09:00', closes: '12:00' },
    { day: 2, opens: '09:00', closes: '18:00' },
    { day: 6, opens: '10:00', closes: '15:00' },
  ],
  closedDates: ['2025-06-17', '2025-01-01', '2025-12-31'],
};

// Monday 16 June 2025, 10:30 in Tokyo (01:30 UTC).
const mondayMorning = new Date('2025-06-16T01:30:00Z');

describe('zonedNow', () => {
  it('is the date and time in the hours’ time zone, not the browser’s', () => {
    expect(zonedNow('Asia/Tokyo', mondayMorning)).toEqual({ date: '2025-06-16', time: '10:30' });
    expect(zonedNow('America/New_York', mondayMorning)).toEqual({ date: '2025-06-15', time: '21:30' });
  });
});

describe('openState', () => {
  it('is open inside a range and closed in the lunch break, by the contract’s own check', () => {
    expect(openState(tokyo, mondayMorning)).toBe('open');
    expect(openState(tokyo, new Date('2025-06-16T03:30:00Z'))).toBe('closed'); // 12:30
    expect(openState(tokyo, new Date('2025-06-16T09:00:00Z'))).toBe('closed'); // 18:00 sharp
  });

  it('tells a closed day apart from the hours being over', () => {
    expect(openState(tokyo, new Date('2025-06-17T01:30:00Z'))).toBe('holiday'); // Tuesday, closed
    expect(openState(tokyo, new Date('2025-06-15T01:30:00Z'))).toBe('closed'); // Sunday
  });

  it('has nothing to say without hours', () => {
    expect(openState(null, mondayMorning)).toBe('none');
  });
});

describe('weekSummary', () => {
  it('lists Monday to Sunday, each day’s ranges in order, closed days without any', () => {
    const week = weekSummary(tokyo, 'en');
    expect(week.map((day) => day.name)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(week[0]?.ranges).toEqual(['09:00–12:00', '13:00–18:00']);
    expect(week[2]?.ranges).toEqual([]);
    expect(week[5]?.ranges).toEqual(['10:00–15:00']);
    expect(weekSummary(tokyo, 'ja')[0]?.name).toBe('月曜日');
  });
});

describe('holidaySummary', () => {
  it('keeps the closed days from today on (in the time zone) and counts the past ones', () => {
    expect(holidaySummary(tokyo, mondayMorning)).toEqual({ upcoming: ['2025-06-17', '2025-12-31'], past: 1 });
    // Still Sunday 15 June in New York: the 16th has not passed there.
    expect(
      holidaySummary({ ...tokyo, timeZone: 'America/New_York', closedDates: ['2025-06-15'] }, mondayMorning),
    ).toEqual({ upcoming: ['2025-06-15'], past: 0 });
  });
});

describe('formatHoliday and listText', () => {
  it('write a closed day as the locale does, whatever the browser’s zone', () => {
    expect(formatHoliday('2025-05-05', 'en-GB')).toBe('Mon, 5 May 2025');
    expect(formatHoliday('2025-05-05', 'ja')).toBe('2025年5月5日(月)');
  });

  it('list as the locale does', () => {
    expect(listText(['09:00–12:00', '13:00–18:00'], 'en')).toBe('09:00–12:00, 13:00–18:00');
    expect(listText(['09:00–12:00', '13:00–18:00'], 'ja')).toBe('09:00–12:00、13:00–18:00');
  });
});
