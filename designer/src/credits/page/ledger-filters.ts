import { ledgerEntryKinds, type LedgerEntryKind } from '@parley/contracts';

/** What the ledger is narrowed to: kinds (none = every kind) and days, inclusive ('' = open). */
export interface LedgerFilters {
  kinds: readonly LedgerEntryKind[];
  /** An ISO date (YYYY-MM-DD) or ''. */
  from: string;
  to: string;
}

export const noLedgerFilters: LedgerFilters = { kinds: [], from: '', to: '' };

/** The query string of `GET /api/credits/ledger` and its CSV: days are counted in `timeZone`. */
export function ledgerParams(filters: LedgerFilters, timeZone: string) {
  const kinds = ledgerEntryKinds.filter((kind) => filters.kinds.includes(kind));
  return {
    kind: kinds.length > 0 ? kinds : undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    timeZone,
  };
}

/** Why these filters match nothing by construction, or null. */
export const ledgerFiltersProblem = (filters: LedgerFilters): 'fromAfterTo' | null =>
  filters.from && filters.to && filters.from > filters.to ? 'fromAfterTo' : null;

/** The time zone the browser counts days in ("Asia/Tokyo"). */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
