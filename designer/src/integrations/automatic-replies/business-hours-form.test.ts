import { businessHoursSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import {
  businessHoursField,
  businessHoursRequest,
  businessHoursValues,
  defaultBusinessHours,
  nextRange,
} from './business-hours-form';

const hours = {
  timeZone: 'Asia/Tokyo',
  weekly: [
    { day: 1, opens: '13:00', closes: '18:00' },
    { day: 1, opens: '09:00', closes: '12:00' },
    { day: 6, opens: '10:00', closes: '15:00' },
  ],
  closedDates: ['2025-05-05', '2025-01-01'],
};

describe('businessHoursValues', () => {
  it('makes a row per weekday, Monday first, with the day’s ranges in order', () => {
    const values = businessHoursValues(hours);
    expect(values.enabled).toBe(true);
    expect(values.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(values.days[0]).toEqual({
      day: 1,
      open: true,
      ranges: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:00', closes: '18:00' },
      ],
    });
    expect(values.days[1]).toEqual({ day: 2, open: false, ranges: [{ opens: '09:00', closes: '18:00' }] });
    expect(values.closedDates).toEqual([{ date: '2025-01-01' }, { date: '2025-05-05' }]);
  });

  it('starts an account without hours on weekdays 9–18 in Tokyo, switched off', () => {
    const values = businessHoursValues(null);
    expect(values).toEqual(defaultBusinessHours());
    expect(values).toMatchObject({ enabled: false, timeZone: 'Asia/Tokyo' });
    expect(values.days.filter((d) => d.open).map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('businessHoursRequest', () => {
  it('turns the form back into the contract’s hours (a round trip keeps them)', () => {
    const { hours: back } = businessHoursRequest(businessHoursValues(hours));
    expect(back).toEqual({
      timeZone: 'Asia/Tokyo',
      weekly: [
        { day: 1, opens: '09:00', closes: '12:00' },
        { day: 1, opens: '13:00', closes: '18:00' },
        { day: 6, opens: '10:00', closes: '15:00' },
      ],
      closedDates: ['2025-01-01', '2025-05-05'],
    });
    expect(businessHoursSchema.safeParse(back).success).toBe(true);
  });

  it('leaves out closed days, blank and repeated dates, and everything when switched off', () => {
    const values = defaultBusinessHours();
    values.enabled = true;
    values.closedDates = [
      { date: '2025-12-31' },
      { date: '' },
      { date: '2025-12-31' },
      { date: '2025-01-02' },
    ];
    const { hours: request } = businessHoursRequest(values);
    expect(request?.weekly.map((r) => r.day)).toEqual([1, 2, 3, 4, 5]);
    expect(request?.closedDates).toEqual(['2025-01-02', '2025-12-31']);
    expect(businessHoursRequest({ ...values, enabled: false }).hours).toBeNull();
  });

  it('knows which field each part of the request came from', () => {
    const values = businessHoursValues(hours);
    values.closedDates.push({ date: '' }, { date: '2024-12-31' });
    const { sources } = businessHoursRequest(values);
    expect(businessHoursField('weekly.1.closes', sources)).toBe('days.0.ranges.1.closes');
    expect(businessHoursField('weekly.2', sources)).toBe('days.5.ranges.0');
    expect(businessHoursField('closedDates.0', sources)).toBe('closedDates.3.date');
    expect(businessHoursField('timeZone', sources)).toBe('timeZone');
    expect(businessHoursField('weekly', sources)).toBeNull();
  });
});

describe('nextRange', () => {
  it('opens an hour after the last range closes, within the day', () => {
    expect(nextRange([{ opens: '09:00', closes: '12:00' }])).toEqual({ opens: '13:00', closes: '17:00' });
    expect(nextRange([{ opens: '09:00', closes: '22:30' }])).toEqual({ opens: '23:00', closes: '23:59' });
    expect(nextRange([])).toEqual({ opens: '09:00', closes: '18:00' });
  });
});
