import { ledgerPageSchema, usageSchema } from '@parley/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http';
import { ledgerKey, usageKey } from '../credits.keys';
import { ledgerParams, type LedgerFilters } from './ledger-filters';

/** The ledger (every balance move), its CSV export and the credits charged per day. */

const LEDGER_PAGE_SIZE = 50;

/** The ledger's entries matching the filters, newest first, a page at a time. */
export const ledgerQuery = (filters: LedgerFilters, timeZone: string) =>
  infiniteQueryOptions({
    queryKey: [...ledgerKey, filters, timeZone] as const,
    queryFn: ({ pageParam, signal }) =>
      api(
        'GET',
        withQuery('/api/credits/ledger', {
          ...ledgerParams(filters, timeZone),
          limit: LEDGER_PAGE_SIZE,
          cursor: pageParam,
        }),
        ledgerPageSchema,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** The download of every entry matching the filters (the engine names the file). */
export const ledgerCsvUrl = (filters: LedgerFilters, timeZone: string): string =>
  withQuery('/api/credits/ledger.csv', ledgerParams(filters, timeZone));

/** Credits charged per day from `from` to `to` (ISO dates, inclusive) and billing category. */
export const usageQuery = (from: string, to: string, timeZone: string) =>
  queryOptions({
    queryKey: [...usageKey, from, to, timeZone] as const,
    queryFn: ({ signal }) =>
      api('GET', withQuery('/api/credits/usage', { from, to, timeZone }), usageSchema, { signal }),
  });
