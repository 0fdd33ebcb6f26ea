import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { translator } from '../i18n/translator.test-support';
import { describeError, errorText } from './describe-error';

const error = (code: string, message = 'server words', status = 400) => new ApiError(code, message, status);

describe('describeError', () => {
  it('explains the codes it knows, and keeps the server’s detail where it adds something', () => {
    expect(describeError(error('INVALID_CREDENTIALS', 'wrong', 401))).toEqual({
      key: 'errors.INVALID_CREDENTIALS',
      detail: null,
    });
    expect(describeError(error('SIGN_IN_LOCKED', 'try again in 12 min', 429))).toEqual({
      key: 'errors.SIGN_IN_LOCKED',
      detail: 'try again in 12 min',
    });
    expect(describeError(error('PLATFORM_REFUSED', '(#133005) Two step verification PIN Mismatch'))).toEqual({
      key: 'errors.PLATFORM_REFUSED',
      detail: '(#133005) Two step verification PIN Mismatch',
    });
  });

  it('hides server internals and says what it cannot explain', () => {
    expect(describeError(error('HTTP_500', 'HTTP 500', 500))).toEqual({ key: 'errors.server', detail: null });
    expect(describeError(error('SOMETHING_NEW', 'a new rule', 409))).toEqual({
      key: 'errors.unknown',
      detail: 'a new rule',
    });
    expect(describeError(error('detail'))).toMatchObject({ key: 'errors.unknown' });
  });
});

describe('errorText', () => {
  it('speaks both languages', () => {
    const locked = error('SIGN_IN_LOCKED', 'try again in 12 min', 429);
    expect(errorText(locked, translator('en'))).toBe(
      'Signing in with this address is locked after too many wrong passwords. Details from the server: try again in 12 min',
    );
    expect(errorText(error('TOO_MANY_ATTEMPTS', 'x', 429), translator('ja'))).toContain('数分待って');
    expect(errorText(error('INVALID_CREDENTIALS', 'x', 401), translator('ja'))).toBe(
      'メールアドレスまたはパスワードが正しくありません。',
    );
  });
});

describe('a paid message the balance can’t cover', () => {
  const refusal = new ApiError('INSUFFICIENT_CREDITS', 'insufficient credits', 409, [], {
    code: 'INSUFFICIENT_CREDITS',
    message: 'insufficient credits',
    price: 1500,
    balance: 12,
    category: 'marketing',
  });

  it('names the price and the balance, in both languages', () => {
    expect(describeError(refusal)).toEqual({
      key: 'errors.INSUFFICIENT_CREDITS',
      detail: null,
      values: { price: 1500, balance: 12 },
    });
    expect(errorText(refusal, translator('en'))).toBe(
      'Not enough credits: this message needs 1,500 and the balance is 12. An admin can buy credits in Settings → Credits.',
    );
    expect(errorText(refusal, translator('ja'))).toBe(
      'クレジットが足りません。このメッセージは 1,500 クレジットかかりますが、残高は 12 です。管理者が「設定 → クレジット」で購入できます。',
    );
  });

  it('falls back to the server’s words when the figures are missing', () => {
    const bare = new ApiError('INSUFFICIENT_CREDITS', 'insufficient credits', 409);
    expect(describeError(bare)).toEqual({ key: 'errors.unknown', detail: 'insufficient credits' });
  });
});
