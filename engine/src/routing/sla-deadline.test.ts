import { type BusinessHours, type TeamSla, businessHoursSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, slaDeadline } from './sla-deadline.js';

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));
const tokyo = (change: Partial<BusinessHours> = {}): BusinessHours =>
  businessHoursSchema.parse({ timeZone: 'Asia/Tokyo', weekly: weekdays('09:00', '18:00'), ...change });
const at = (iso: string) => new Date(iso);
const add = (hours: BusinessHours, start: string, minutes: number) =>
  addBusinessMinutes(hours, at(start), minutes)?.toISOString() ?? null;

describe('addBusinessMinutes', () => {
  it('counts minutes inside the opening hours as they are', () => {
    // Monday 10:00 in Tokyo.
    expect(add(tokyo(), '2025-06-16T01:00:00.000Z', 30)).toBe('2025-06-16T01:30:00.000Z');
  });

  it('keeps the seconds of the start', () => {
    expect(add(tokyo(), '2025-06-16T01:00:30.000Z', 1)).toBe('2025-06-16T01:01:30.000Z');
  });

  it('carries what is left at closing to the next opening', () => {
    // Monday 17:50 + 30 → 10 minutes on Monday, 20 on Tuesday from 09:00.
    expect(add(tokyo(), '2025-06-16T08:50:00.000Z', 30)).toBe('2025-06-17T00:20:00.000Z');
  });

  it('starts counting at opening when it starts before', () => {
    // Monday 07:00 in Tokyo + 60 → 10:00.
    expect(add(tokyo(), '2025-06-15T22:00:00.000Z', 60)).toBe('2025-06-16T01:00:00.000Z');
  });

  it('skips the weekend: Friday evening + 30 is Monday 09:30', () => {
    expect(add(tokyo(), '2025-06-20T10:00:00.000Z', 30)).toBe('2025-06-23T00:30:00.000Z');
  });

  it('skips a holiday', () => {
    expect(add(tokyo({ closedDates: ['2025-06-23'] }), '2025-06-20T10:00:00.000Z', 30)).toBe(
      '2025-06-24T00:30:00.000Z',
    );
  });

  it('skips a lunch break', () => {
    const hours = tokyo({
      weekly: [...weekdays('09:00', '12:00'), ...weekdays('13:00', '18:00')],
    });
    // Monday 11:50 + 30 → 10 before lunch, 20 after 13:00.
    expect(add(hours, '2025-06-16T02:50:00.000Z', 30)).toBe('2025-06-16T04:20:00.000Z');
  });

  it('spans several days for a long target', () => {
    // 9 hours a day: 20 hours from Monday 09:00 is Wednesday 11:00.
    expect(add(tokyo(), '2025-06-16T00:00:00.000Z', 20 * 60)).toBe('2025-06-18T02:00:00.000Z');
  });

  it('counts real minutes across a daylight-saving change, open or closed', () => {
    const newYork = (weekly: BusinessHours['weekly']) =>
      businessHoursSchema.parse({ timeZone: 'America/New_York', weekly });
    // Sunday 2025-03-09, clocks go from 02:00 EST to 03:00 EDT; open 01:00–05:00 local.
    expect(add(newYork([{ day: 0, opens: '01:00', closes: '05:00' }]), '2025-03-09T06:30:00.000Z', 60)).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    // Closed through the change, open 09:00 EDT (13:00Z).
    expect(add(newYork([{ day: 0, opens: '09:00', closes: '10:00' }]), '2025-03-09T03:00:00.000Z', 30)).toBe(
      '2025-03-09T13:30:00.000Z',
    );
  });

  it('gives no deadline for hours that never open', () => {
    expect(add(tokyo({ weekly: [] }), '2025-06-16T01:00:00.000Z', 30)).toBeNull();
    const everyDayClosed = tokyo({
      weekly: [{ day: 1, opens: '09:00', closes: '10:00' }],
      closedDates: Array.from({ length: 60 }, (_, week) =>
        new Date(Date.UTC(2025, 5, 16 + 7 * week)).toISOString().slice(0, 10),
      ),
    });
    expect(add(everyDayClosed, '2025-06-16T00:30:00.000Z', 30)).toBeNull();
  });
});

describe('slaDeadline', () => {
  const sla = (change: Partial<TeamSla>): TeamSla => ({
    firstResponseMinutes: 30,
    onBreach: 'reassign',
    escalateToTeamId: null,
    businessHoursOnly: false,
    ...change,
  });
  const friday19 = at('2025-06-20T10:00:00.000Z');

  it('is null without a first-response target', () => {
    expect(slaDeadline(sla({ firstResponseMinutes: null }), tokyo(), friday19)).toBeNull();
  });

  it('counts every minute unless the target is business hours only', () => {
    expect(slaDeadline(sla({}), tokyo(), friday19)?.toISOString()).toBe('2025-06-20T10:30:00.000Z');
  });

  it('counts business minutes when business hours only', () => {
    expect(slaDeadline(sla({ businessHoursOnly: true }), tokyo(), friday19)?.toISOString()).toBe(
      '2025-06-23T00:30:00.000Z',
    );
  });

  it('counts every minute when business hours only but the account has no hours', () => {
    expect(slaDeadline(sla({ businessHoursOnly: true }), null, friday19)?.toISOString()).toBe(
      '2025-06-20T10:30:00.000Z',
    );
  });
});
