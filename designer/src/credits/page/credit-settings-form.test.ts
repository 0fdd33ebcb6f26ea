import type { CreditAccount } from '@parley/contracts';
import { creditAccount } from '../fixtures.test-support';
import { describe, expect, it } from 'vitest';
import { creditSettingsForm, creditSettingsValues } from './credit-settings-form';

const account = (lowBalanceThreshold: number | null): CreditAccount =>
  creditAccount({ balance: 120, reserved: 0, lowBalanceThreshold });

describe('the credit settings form', () => {
  it('starts from the account, an empty threshold meaning the warning is off', () => {
    expect(creditSettingsValues(account(500))).toEqual({ lowBalanceThreshold: '500', currency: 'JPY' });
    expect(creditSettingsValues(account(null)).lowBalanceThreshold).toBe('');
  });

  it('sends a number, or null to turn the warning off', () => {
    expect(creditSettingsForm.parse({ lowBalanceThreshold: ' 1000 ', currency: 'USD' })).toEqual({
      lowBalanceThreshold: 1000,
      currency: 'USD',
    });
    expect(
      creditSettingsForm.parse({ lowBalanceThreshold: '', currency: 'JPY' }).lowBalanceThreshold,
    ).toBeNull();
  });

  it('refuses what the contract would', () => {
    const codes = (typed: string) =>
      creditSettingsForm
        .safeParse({ lowBalanceThreshold: typed, currency: 'JPY' })
        .error?.issues.map((issue) => issue.code);
    expect(codes('-1')).toEqual(['invalid_format']);
    expect(codes('1.5')).toEqual(['invalid_format']);
    expect(codes('100000001')).toEqual(['too_big']);
    expect(codes('100000000')).toBeUndefined();
  });
});
