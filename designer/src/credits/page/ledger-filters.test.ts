import { describe, expect, it } from 'vitest';
import { ledgerCsvUrl } from './ledger.api';
import { ledgerFiltersProblem, ledgerParams, noLedgerFilters } from './ledger-filters';

const TOKYO = 'Asia/Tokyo';
const query = (url: string) => new URL(url, 'https://parley.example').searchParams;

describe('the ledger’s filters as its query string', () => {
  it('asks for everything, with the days counted in the browser’s time zone', () => {
    expect(ledgerParams(noLedgerFilters, TOKYO)).toEqual({
      kind: undefined,
      from: undefined,
      to: undefined,
      timeZone: TOKYO,
    });
    expect(ledgerCsvUrl(noLedgerFilters, TOKYO)).toBe('/api/credits/ledger.csv?timeZone=Asia%2FTokyo');
  });

  it('repeats `kind` for each kind ticked, in the contract’s order, and passes the days', () => {
    const filters = { kinds: ['refund', 'purchase'] as const, from: '2025-03-01', to: '2025-03-31' };
    const params = query(ledgerCsvUrl(filters, TOKYO));
    expect(params.getAll('kind')).toEqual(['purchase', 'refund']);
    expect(params.get('from')).toBe('2025-03-01');
    expect(params.get('to')).toBe('2025-03-31');
    expect(params.get('timeZone')).toBe(TOKYO);
  });

  it('leaves out an open end', () => {
    const params = query(ledgerCsvUrl({ kinds: ['deduction'], from: '', to: '2025-03-31' }, 'UTC'));
    expect(params.has('from')).toBe(false);
    expect([...params.keys()]).toEqual(['kind', 'to', 'timeZone']);
  });

  it('says when the start is after the end', () => {
    expect(ledgerFiltersProblem({ kinds: [], from: '2025-04-01', to: '2025-03-31' })).toBe('fromAfterTo');
    expect(ledgerFiltersProblem({ kinds: [], from: '2025-03-31', to: '2025-03-31' })).toBeNull();
    expect(ledgerFiltersProblem({ kinds: [], from: '2025-04-01', to: '' })).toBeNull();
  });
});
