import { describe, expect, it } from 'vitest';
import {
  formatCredits,
  formatMoney,
  formatPercent,
  formatSignedCredits,
  formatUnitPrice,
} from './credit-format';

describe('formatCredits', () => {
  it('shows whole credits with the locale’s grouping', () => {
    expect(formatCredits(12_000, 'en')).toBe('12,000');
    expect(formatCredits(1_234_567, 'ja')).toBe('1,234,567');
    expect(formatCredits(1_234_567, 'de')).toBe('1.234.567');
    expect(formatCredits(0, 'en')).toBe('0');
  });

  it('signs ledger amounts, leaving zero unsigned', () => {
    expect(formatSignedCredits(1000, 'en')).toBe('+1,000');
    expect(formatSignedCredits(-13, 'ja')).toBe('-13');
    expect(formatSignedCredits(0, 'en')).toBe('0');
  });
});

describe('formatMoney', () => {
  it('shows yen without decimals', () => {
    expect(formatMoney(1234, 'JPY', 0, 'en')).toBe('¥1,234');
    expect(formatMoney(11_000, 'JPY', 0, 'ja')).toBe('￥11,000');
  });

  it('shows dollars from cents, with two decimals', () => {
    expect(formatMoney(1234, 'USD', 2, 'en')).toBe('$12.34');
    expect(formatMoney(700, 'USD', 2, 'en')).toBe('$7.00');
    expect(formatMoney(123_456_78, 'USD', 2, 'ja')).toBe('$123,456.78');
  });

  it('keeps every decimal of a price per credit', () => {
    expect(formatUnitPrice('0.007', 'USD', 2, 'en')).toBe('$0.007');
    expect(formatUnitPrice('0.5', 'USD', 2, 'en')).toBe('$0.50');
    expect(formatUnitPrice('1', 'JPY', 0, 'ja')).toBe('￥1');
  });

  it('shows percentages given in percent', () => {
    expect(formatPercent(5, 'en')).toBe('5%');
    expect(formatPercent(7.5, 'ja')).toBe('7.5%');
  });
});
