import { describe, expect, it } from 'vitest';
import { amountProblem, creditsToBuy, groupedCardNumber, purchaseBody, testCards } from './buy-credits';

const CLIENT_ID = '6f1c2b7e-3a4d-4c8e-9f0a-1b2c3d4e5f60';

describe('the credits to buy', () => {
  it('are a whole number above zero', () => {
    expect(creditsToBuy('12000')).toBe(12_000);
    expect(creditsToBuy(' 500 ')).toBe(500);
    for (const typed of ['', '0', '-5', '1.5', '1e3', '12,000', 'abc'])
      expect(creditsToBuy(typed)).toBeNull();
  });

  it('are only called wrong once something is typed', () => {
    const limits = { minimumCredits: 100, maximumCredits: 10_000 };
    expect(amountProblem('', limits)).toBeNull();
    expect(amountProblem('100', limits)).toBeNull();
    expect(amountProblem('1.5', limits)).toBe('amountInvalid');
    expect(amountProblem('0', limits)).toBe('amountInvalid');
    expect(amountProblem('99', limits)).toBe('amountOutOfRange');
    expect(amountProblem('10001', limits)).toBe('amountOutOfRange');
  });
});

describe('purchaseBody', () => {
  it('carries the card for the sandbox and nothing for Stripe Checkout', () => {
    const card = { number: '4242424242424242', expiry: '08/29', cvc: '123', name: 'Hanako Sato' };
    expect(purchaseBody(12_000, card, CLIENT_ID)).toEqual({
      clientId: CLIENT_ID,
      credits: 12_000,
      payment: { provider: 'sandbox', card },
    });
    expect(purchaseBody(500, null, CLIENT_ID).payment).toEqual({ provider: 'stripe' });
  });
});

describe('the test cards', () => {
  it('are the contract’s, grouped as printed', () => {
    expect(testCards.map((card) => card.key)).toEqual(['succeeds', 'declined', 'pendingThenSucceeds']);
    expect(groupedCardNumber(testCards[0]!.number)).toBe('4242 4242 4242 4242');
  });
});
