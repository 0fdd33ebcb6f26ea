/**
 * Text as keywords and tags compare it: Unicode NFKC (full-width ＡＢＣ and １２３ become ABC and
 * 123, half-width ｶﾀｶﾅ becomes カタカナ, ㈱ becomes (株)) and, unless `caseSensitive`, a
 * locale-independent case folding (upper- then lower-casing, so ß matches SS and ΟΔΟΣ matches οδος),
 * normalised again because case mapping may leave text unnormalised. Hiragana and katakana stay
 * distinct (よやく does not match ヨヤク).
 */
export function normaliseForMatching(text: string, caseSensitive: boolean): string {
  const normalised = text.normalize('NFKC');
  return caseSensitive ? normalised : normalised.toUpperCase().toLowerCase().normalize('NFKC');
}
