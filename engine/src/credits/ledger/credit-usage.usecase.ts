import { Injectable } from '@nestjs/common';
import type { BillingCategory, Usage, usageQuery } from '@parley/contracts';
import { sql as raw } from 'kysely';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { checkTimeZone, dayOf, nextDay, startOfDay } from './day-range.js';

/** Quarter hours: every time zone's day starts on one (India +5:30, Nepal +5:45). */
const BUCKET_MS = 15 * 60_000;
const MAX_DAYS = 400;

/**
 * Credits charged per day (in the caller's time zone) and category. The database sums per
 * quarter hour, which the time zone then groups into its days.
 */
@Injectable()
export class CreditUsageUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, query: z.output<typeof usageQuery>): Promise<Usage> {
    checkTimeZone(query.timeZone);
    const days: string[] = [];
    for (let day = query.from; day <= query.to && days.length <= MAX_DAYS; day = nextDay(day)) days.push(day);
    if (days.length === 0 || days.length > MAX_DAYS)
      throw new ApiError(400, 'INVALID_INPUT', `to: from 1 to ${MAX_DAYS} days after from`, [
        { path: 'to', message: `from 1 to ${MAX_DAYS} days after from` },
      ]);
    const bucket =
      this.database.dialect === 'postgresql'
        ? raw<number>`floor(extract(epoch from created_at) * 1000 / ${raw.lit(BUCKET_MS)})`
        : raw<number>`created_at / ${raw.lit(BUCKET_MS)}`;
    const rows = await this.database
      .sql()
      .selectFrom('CreditEntry')
      .select([bucket.as('bucket'), 'category', raw<number>`sum(amount)`.as('amount')])
      .where('organisation', '=', caller.organisationId)
      .where('kind', '=', 'deduction')
      .where('createdAt', '>=', startOfDay(query.from, query.timeZone))
      .where('createdAt', '<', startOfDay(nextDay(query.to), query.timeZone))
      .groupBy([bucket, 'category'])
      .execute();
    const byDay = new Map(days.map((day) => [day, {} as Partial<Record<BillingCategory, number>>]));
    let total = 0;
    for (const row of rows) {
      const day = byDay.get(dayOf(new Date(Number(row.bucket) * BUCKET_MS), query.timeZone));
      if (!day) continue;
      const category = (row.category ?? 'service') as BillingCategory;
      const credits = -Number(row.amount);
      day[category] = (day[category] ?? 0) + credits;
      total += credits;
    }
    return { days: [...byDay].map(([date, byCategory]) => ({ date, byCategory })), total };
  }
}
