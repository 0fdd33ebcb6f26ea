import { describe, expect, it } from 'vitest';
import { defaultPriceList } from './price-list.js';
import { minorDigitsOf, quotePurchase } from './purchase-quote.js';

describe('quotePurchase', () => {
  it('prices 1,000 credits at ¥1,000 plus ¥100 consumption tax', () => {
    expect(quotePurchase(defaultPriceList, 1000, 'JPY')).toEqual({
      credits: 1000,
      currency: 'JPY',
      minorDigits: 0,
      unitPrice: '1',
      subtotal: 1000,
      discountPercent: 0,
      discount: 0,
      taxPercent: 10,
      tax: 100,
      total: 1100,
    });
  });

  it('rounds the tax down, as Japan’s consumption tax is', () => {
    expect(quotePurchase(defaultPriceList, 1005, 'JPY')).toMatchObject({ tax: 100, total: 1105 });
  });

  it('takes the volume tier’s discount before tax', () => {
    expect(quotePurchase(defaultPriceList, 9_999, 'JPY')).toMatchObject({
      discountPercent: 0,
      total: 10_998,
    });
    expect(quotePurchase(defaultPriceList, 10_000, 'JPY')).toMatchObject({
      subtotal: 10_000,
      discountPercent: 5,
      discount: 500,
      tax: 950,
      total: 10_450,
    });
    expect(quotePurchase(defaultPriceList, 100_000, 'JPY')).toMatchObject({
      discountPercent: 10,
      discount: 10_000,
      tax: 9_000,
      total: 99_000,
    });
    expect(quotePurchase(defaultPriceList, 1_000_000, 'JPY')).toMatchObject({
      discountPercent: 15,
      discount: 150_000,
      total: 935_000,
    });
  });

  it('counts US dollars in cents, rounding half a cent up', () => {
    expect(quotePurchase(defaultPriceList, 1000, 'USD')).toMatchObject({
      minorDigits: 2,
      unitPrice: '0.007',
      subtotal: 700,
      tax: 0,
      total: 700,
    });
    // 1,234 × $0.007 = $8.638
    expect(quotePurchase(defaultPriceList, 1234, 'USD')).toMatchObject({ subtotal: 864, total: 864 });
    expect(quotePurchase(defaultPriceList, 100, 'EUR')).toMatchObject({ subtotal: 65, total: 65 });
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(minorDigitsOf('USD')).toBe(2);
  });

  it('refuses credits outside the range sold, and fractions', () => {
    for (const credits of [99, 10_000_001, 150.5, 0, -100])
      expect(quotePurchase(defaultPriceList, credits, 'JPY')).toEqual({
        code: 'CREDITS_OUT_OF_RANGE',
        message: 'credits must be a whole number from 100 to 10000000',
      });
    expect(quotePurchase(defaultPriceList, 100, 'JPY')).toMatchObject({ total: 110 });
    expect(quotePurchase(defaultPriceList, 10_000_000, 'JPY')).toMatchObject({ credits: 10_000_000 });
  });

  it('refuses a currency credits are not sold in', () => {
    expect(quotePurchase(defaultPriceList, 1000, 'GBP')).toEqual({
      code: 'CURRENCY_NOT_SOLD',
      message: 'credits are not sold in GBP',
    });
  });
});
