import { describe, expect, it } from 'vitest';
import { isoDay, periodDays, usageSeries } from './usage-series';

describe('periodDays', () => {
  it('counts back from today, today included, in local days', () => {
    const now = new Date(2025, 2, 12, 23, 30);
    expect(periodDays(7, now)).toEqual({ from: '2025-03-06', to: '2025-03-12' });
    expect(periodDays(30, now)).toEqual({ from: '2025-02-11', to: '2025-03-12' });
    expect(isoDay(new Date(2025, 0, 1, 0, 5))).toBe('2025-01-01');
  });
});

describe('usageSeries', () => {
  const usage = {
    days: [
      { date: '2025-03-10', byCategory: { marketing: 30, utility: 3 } },
      { date: '2025-03-12', byCategory: { authentication: 6, utility: 0 } },
    ],
    total: 39,
  };

  it('has a bar for every day, zeros where nothing was charged', () => {
    const { rows } = usageSeries(usage, '2025-03-09', '2025-03-12');
    expect(rows.map((row) => row.date)).toEqual(['2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12']);
    expect(rows[0]).toEqual({ date: '2025-03-09', marketing: 0, utility: 0, authentication: 0 });
    expect(rows[1]).toEqual({ date: '2025-03-10', marketing: 30, utility: 3, authentication: 0 });
    expect(rows[3]).toMatchObject({ authentication: 6 });
  });

  it('stacks only the categories charged, in the contract’s order', () => {
    expect(usageSeries(usage, '2025-03-10', '2025-03-12').categories).toEqual([
      'marketing',
      'utility',
      'authentication',
    ]);
    expect(usageSeries({ days: [], total: 0 }, '2025-03-01', '2025-03-02').categories).toEqual([]);
  });

  it('runs across the end of a month', () => {
    const { rows } = usageSeries({ days: [], total: 0 }, '2025-02-27', '2025-03-02');
    expect(rows.map((row) => row.date)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
  });
});
