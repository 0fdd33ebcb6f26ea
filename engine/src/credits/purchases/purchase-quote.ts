import { type PriceList, type PurchaseQuote, quotePurchase } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';

/** The organisation's currency; one that never had a credit account buys in yen. */
export async function organisationCurrency(sql: Sql, organisationId: string): Promise<string> {
  const row = await sql
    .selectFrom('CreditAccount')
    .select('currency')
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  return row?.currency ?? 'JPY';
}

/** The price of `credits` in `currency`, or the 400 naming the field at fault. */
export function quoteOrRefuse(list: PriceList, credits: number, currency: string): PurchaseQuote {
  const quote = quotePurchase(list, credits, currency);
  if (!('code' in quote)) return quote;
  const path = quote.code === 'CURRENCY_NOT_SOLD' ? 'currency' : 'credits';
  const message =
    quote.code === 'CURRENCY_NOT_SOLD'
      ? `${quote.message}; they are sold in ${Object.keys(list.purchase.currencies).join(', ')}`
      : quote.message;
  throw new ApiError(400, quote.code, `${path}: ${message}`, [{ path, message }]);
}
