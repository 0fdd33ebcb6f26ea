import type { CreditAccount, Purchase } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import {
  creditAccountKey,
  ledgerKey,
  messagePricesKey,
  purchaseKey,
  purchasesKey,
  usageKey,
} from './credits.keys';

/**
 * Keeping cached credits in step with the live stream: a balance move shows at once where the
 * account is cached; the prices, the ledger and the usage that it changes are read again.
 */
export async function creditsChanged(queryClient: QueryClient, account: CreditAccount): Promise<void> {
  queryClient.setQueryData<CreditAccount>(creditAccountKey, account);
  await Promise.all(
    [messagePricesKey, ledgerKey, usageKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** A purchase's new state into its cached detail and the recent purchases (added when new). */
export function purchaseChanged(queryClient: QueryClient, purchase: Purchase): void {
  queryClient.setQueryData<Purchase>(purchaseKey(purchase.id), purchase);
  queryClient.setQueryData<Purchase[]>(purchasesKey, (items) => {
    if (!items) return items;
    return items.some((p) => p.id === purchase.id)
      ? items.map((p) => (p.id === purchase.id ? purchase : p))
      : [purchase, ...items];
  });
}

/** The balance fell below the threshold: the account is read again, so the banner is sure to show. */
export const balanceLow = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: creditAccountKey });
