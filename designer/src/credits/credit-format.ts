/** Credits and money with Intl, in the person's locale. Pure: everything is passed in. */

const formats = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A number of credits, whole and grouped: "12,000" ("12,000" in Japanese too). */
export const formatCredits = (credits: number, locale: string): string =>
  nf(locale, { maximumFractionDigits: 0 }).format(credits);

/** A ledger amount with its sign: "+1,000", "-13", "0". */
export const formatSignedCredits = (credits: number, locale: string): string =>
  nf(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(credits);

/**
 * An amount in the currency's minor units (cents, yen) as money: `minorDigits` says how many of
 * its digits are decimals (USD 2, JPY none). 1234 USD → "$12.34"; 1234 JPY → "¥1,234".
 */
export function formatMoney(minor: number, currency: string, minorDigits: number, locale: string): string {
  return nf(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: minorDigits,
    maximumFractionDigits: minorDigits,
  }).format(minor / 10 ** minorDigits);
}

/** A price per credit, a decimal string, with all its decimals: "0.007" USD → "$0.007". */
export function formatUnitPrice(unitPrice: string, currency: string, minorDigits: number, locale: string) {
  const decimals = unitPrice.split('.')[1]?.length ?? 0;
  const digits = Math.max(minorDigits, decimals);
  return nf(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(unitPrice as Intl.StringNumericLiteral);
}

/** A percentage the contract gives as a number of percent (5 → "5%", 7.5 → "7.5%"). */
export const formatPercent = (percent: number, locale: string): string =>
  nf(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
