import { Injectable } from '@nestjs/common';
import type { LedgerEntry, Page, exportLedgerQuery, listLedgerQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { decodeCursor, keysetPage } from '../../infrastructure/http/keyset-page.js';
import { instantRange } from './day-range.js';
import { ledgerRows, toLedgerEntryDto } from './ledger-entry.dto.js';

type Filters = z.output<typeof exportLedgerQuery>;

/** The organisation's ledger, newest first, filtered by kind and period, a page at a time. */
@Injectable()
export class ListLedgerUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, query: z.output<typeof listLedgerQuery>): Promise<Page<LedgerEntry>> {
    return this.page(caller.organisationId, query, query.limit, query.cursor);
  }

  /** Every entry the filters select, newest first, in pages (for the CSV export). */
  async *all(caller: Caller, filters: Filters): AsyncGenerator<LedgerEntry[]> {
    let cursor: string | undefined;
    do {
      const page = await this.page(caller.organisationId, filters, 1_000, cursor);
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  private async page(organisationId: string, filters: Filters, limit: number, cursor?: string) {
    const { from, until } = instantRange(filters);
    let select = ledgerRows(this.database.sql(), organisationId)
      .orderBy('CreditEntry.createdAt', 'desc')
      .orderBy('CreditEntry.id', 'desc')
      .limit(limit + 1);
    if (filters.kind?.length) select = select.where('CreditEntry.kind', 'in', filters.kind);
    if (from) select = select.where('CreditEntry.createdAt', '>=', from);
    if (until) select = select.where('CreditEntry.createdAt', '<', until);
    if (cursor) {
      const { at, id } = decodeCursor(cursor, 'cursor');
      select = select.where((w) =>
        w.or([
          w('CreditEntry.createdAt', '<', at),
          w.and([w('CreditEntry.createdAt', '=', at), w('CreditEntry.id', '<', id)]),
        ]),
      );
    }
    const { page, nextCursor } = keysetPage(await select.execute(), limit, (row) => [row.createdAt, row.id]);
    return { items: page.map(toLedgerEntryDto), nextCursor };
  }
}
