import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { quoteQuery } from './purchases.api';
import { creditsToBuy } from './buy-credits';

/** How long typing must pause before the price is asked for. */
const QUOTE_DELAY_MS = 350;

/** `value`, once it has stayed the same for `delayMs`. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The live quote of the credits typed, asked for once typing pauses. Only a quote of exactly what
 * is typed now is given: while typing, or while it is being worked out, `quote` is undefined.
 */
export function useQuote(typed: string, currency: string) {
  const credits = creditsToBuy(typed);
  const settled = useSettled(credits, QUOTE_DELAY_MS);
  const current = credits !== null && settled === credits;
  const query = useQuery({ ...quoteQuery(settled ?? 0, currency), enabled: current });
  return {
    quote: current ? query.data : undefined,
    error: current ? query.error : null,
    working: credits !== null && (!current || query.isFetching),
  };
}
