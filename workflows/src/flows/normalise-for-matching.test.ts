import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from './normalise-for-matching.js';

describe('normaliseForMatching', () => {
  it('folds full-width and half-width forms with NFKC, whatever the case setting', () => {
    expect(normaliseForMatching('ＡＢＣ１２３', true)).toBe('ABC123');
    expect(normaliseForMatching('ｶﾞｲﾄﾞ', true)).toBe('ガイド');
    expect(normaliseForMatching('㈱パーレイ', true)).toBe('(株)パーレイ');
  });

  it('folds case unless case-sensitive, including ß and final sigma', () => {
    expect(normaliseForMatching('ＡＢＣ Straße', false)).toBe('abc strasse');
    expect(normaliseForMatching('ΟΔΟΣ', false)).toBe(normaliseForMatching('οδος', false));
    expect(normaliseForMatching('ABC', true)).toBe('ABC');
  });

  it('keeps hiragana and katakana apart', () => {
    expect(normaliseForMatching('よやく', false)).not.toBe(normaliseForMatching('ヨヤク', false));
  });
});
