import type { CreditAccount, MessagePriceDto, Purchase } from '@parley/contracts';
import { defaultPriceList, quotePurchase, type PurchaseQuote } from '@parley/contracts';

/** Builders for unit tests only. */

export function creditAccount(patch: Partial<CreditAccount> = {}): CreditAccount {
  return {
    balance: 1200,
    reserved: 13,
    currency: 'JPY',
    lowBalanceThreshold: 500,
    low: false,
    pricing: {
      ruleSetId: defaultPriceList.ruleSets[1]!.id,
      model: 'per_message',
      description: defaultPriceList.ruleSets[1]!.description,
    },
    payments: {
      provider: 'sandbox',
      currencies: ['JPY', 'USD', 'EUR'],
      minimumCredits: defaultPriceList.purchase.minimumCredits,
      maximumCredits: defaultPriceList.purchase.maximumCredits,
    },
    ...patch,
  };
}

/** The quote the default price list gives (what the engine answers). */
export function quote(credits: number, currency: string): PurchaseQuote {
  const quoted = quotePurchase(defaultPriceList, credits, currency);
  if ('code' in quoted) throw new Error(quoted.message);
  return quoted;
}

export function purchase(id: string, patch: Partial<Purchase> = {}): Purchase {
  return {
    id,
    credits: 12_000,
    quote: quote(12_000, 'JPY'),
    provider: 'sandbox',
    status: 'pending',
    failureReason: null,
    failureCode: null,
    checkoutUrl: null,
    createdBy: { id: '77777777-7777-4777-8777-777777777777', name: 'Aiko Tanaka' },
    createdAt: '2025-03-12T05:00:00.000Z',
    grantedAt: null,
    ...patch,
  };
}

export function messagePrice(patch: Partial<MessagePriceDto> = {}): MessagePriceDto {
  return { credits: 15, category: 'marketing', free: null, balance: 1200, sufficient: true, ...patch };
}
