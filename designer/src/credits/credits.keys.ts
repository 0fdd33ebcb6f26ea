/**
 * The query keys of everything credits: the shell and the live stream keep these reads in step
 * without loading Settings → Credits, whose queries live with its page.
 */
export const creditsKey = ['credits'] as const;
export const creditAccountKey = [...creditsKey, 'account'] as const;
export const messagePricesKey = [...creditsKey, 'price'] as const;
export const purchasesKey = [...creditsKey, 'purchases'] as const;
export const purchaseKey = (id: string) => [...creditsKey, 'purchase', id] as const;
export const ledgerKey = [...creditsKey, 'ledger'] as const;
export const usageKey = [...creditsKey, 'usage'] as const;
export const quoteKey = (credits: number, currency: string) =>
  [...creditsKey, 'quote', credits, currency] as const;
