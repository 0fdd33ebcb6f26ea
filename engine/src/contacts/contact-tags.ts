/**
 * A tag as Parley stores and matches it: NFKC (full-width forms fold), trimmed, inner whitespace
 * collapsed to one space, lower-cased. So `VIP`, ` vip ` and `ＶＩＰ` are one tag.
 */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
