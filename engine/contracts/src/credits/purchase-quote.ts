import type { PriceList } from './pricing.schema.js';

/** The price of buying credits, in the currency's minor units (yen, cents). */
export interface PurchaseQuote {
  credits: number;
  currency: string;
  /** Decimal digits of the currency's minor unit (JPY 0, USD 2). */
  minorDigits: number;
  /** Per credit, as the price list states it (a decimal string). */
  unitPrice: string;
  subtotal: number;
  discountPercent: number;
  discount: number;
  taxPercent: number;
  tax: number;
  total: number;
}

export type QuoteProblem =
  { code: 'CURRENCY_NOT_SOLD'; message: string } | { code: 'CREDITS_OUT_OF_RANGE'; message: string };

export function minorDigitsOf(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** A decimal string as an integer count of millionths. */
function micros(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

/** Rounds a non-negative fraction `numerator / denominator` half up. */
function roundedDivision(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (2n * denominator);
}

/**
 * Credits → price: unit price × credits, the volume tier's discount, then tax (rounded down, as
 * Japan's consumption tax is), all in integer minor units so a quote is exact and repeatable.
 */
export function quotePurchase(
  list: PriceList,
  credits: number,
  currency: string,
): PurchaseQuote | QuoteProblem {
  const sold = list.purchase.currencies[currency];
  if (!sold) return { code: 'CURRENCY_NOT_SOLD', message: `credits are not sold in ${currency}` };
  const { minimumCredits, maximumCredits } = list.purchase;
  if (!Number.isInteger(credits) || credits < minimumCredits || credits > maximumCredits)
    return {
      code: 'CREDITS_OUT_OF_RANGE',
      message: `credits must be a whole number from ${minimumCredits} to ${maximumCredits}`,
    };
  const minorDigits = minorDigitsOf(currency);
  const subtotal = roundedDivision(
    BigInt(credits) * micros(sold.unitPrice) * 10n ** BigInt(minorDigits),
    1_000_000n,
  );
  const discountPercent = list.purchase.tiers
    .filter((tier) => credits >= tier.fromCredits)
    .reduce((best, tier) => Math.max(best, tier.discountPercent), 0);
  const discount = roundedDivision(subtotal * BigInt(Math.round(discountPercent * 100)), 10_000n);
  const taxed = subtotal - discount;
  const tax = (taxed * BigInt(Math.round(sold.taxPercent * 100))) / 10_000n;
  return {
    credits,
    currency,
    minorDigits,
    unitPrice: sold.unitPrice,
    subtotal: Number(subtotal),
    discountPercent,
    discount: Number(discount),
    taxPercent: sold.taxPercent,
    tax: Number(tax),
    total: Number(taxed + tax),
  };
}
