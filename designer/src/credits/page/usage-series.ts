import { billingCategories, type BillingCategory, type Usage } from '@parley/contracts';

/** The periods the usage chart offers, in days up to today. */
export const usagePeriods = [7, 30, 90] as const;
export type UsagePeriod = (typeof usagePeriods)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as an ISO date: "2025-03-12". */
export const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last `days` calendar days, today included, as the ISO dates the usage route takes. */
export function periodDays(days: number, now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(now) };
}

/** One day's bar: the credits charged in each category. */
export type UsageRow = { date: string } & Partial<Record<BillingCategory, number>>;

export interface UsageSeries {
  /** Every day of the period, in order; a day without charges has zeros. */
  rows: UsageRow[];
  /** The categories charged in the period, in the contract's order: one stacked bar each. */
  categories: BillingCategory[];
}

/** The chart's data: the engine's days spread over every day from `from` to `to`. */
export function usageSeries(usage: Usage, from: string, to: string): UsageSeries {
  const charged = new Map(usage.days.map((day) => [day.date, day.byCategory]));
  const categories = billingCategories.filter((category) =>
    usage.days.some((day) => (day.byCategory[category] ?? 0) > 0),
  );
  const rows: UsageRow[] = [];
  const [year = 0, month = 1, date = 1] = from.split('-').map(Number);
  for (let n = 0; ; n++) {
    const day = new Date(Date.UTC(year, month - 1, date + n)).toISOString().slice(0, 10);
    if (day > to) break;
    const byCategory = charged.get(day) ?? {};
    rows.push({ date: day, ...Object.fromEntries(categories.map((c) => [c, byCategory[c] ?? 0])) });
  }
  return { rows, categories };
}
