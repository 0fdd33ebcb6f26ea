import { tagLength, tagsPerContact, updateContactSchema } from '@parley/contracts';

/** The languages the contact panel offers first; any other BCP 47 tag can be typed. */
export const commonLanguages = [
  'ja',
  'en',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'vi',
  'th',
  'id',
  'fil',
  'pt-BR',
  'es',
  'fr',
  'de',
  'ne',
] as const;

/** A language tag named in the reader's language ("Japanese", "日本語"), or the tag itself. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag for Intl
  }
}

/** Whether `tag` is one of the common languages, ignoring case (`en-gb` is `en-GB`). */
export const isCommonLanguage = (tag: string | null): boolean =>
  tag !== null && commonLanguages.some((common) => common.toLowerCase() === tag.toLowerCase());

/** A typed language tag, checked by the contract: the tag to save, or why it is refused. */
export function checkLanguage(value: string): { language: string } | { problem: 'invalid' } {
  const parsed = updateContactSchema.safeParse({ language: value });
  if (!parsed.success || typeof parsed.data.language !== 'string') return { problem: 'invalid' };
  return { language: parsed.data.language };
}

/** The engine's normal form of a tag: NFKC, trimmed, spaces collapsed, lower-cased. */
export const normaliseTag = (tag: string): string =>
  tag.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

export type TagProblem = 'empty' | 'tooLong' | 'tooMany' | 'duplicate';

/**
 * The tag list after adding `candidate` (what the PATCH sends: it replaces the tags), or why not:
 * nothing typed, too long, one tag too many, or already there once normalised.
 */
export function addTag(
  tags: readonly string[],
  candidate: string,
): { tags: string[] } | { problem: TagProblem; limit?: number } {
  const tag = candidate.trim();
  if (tag === '') return { problem: 'empty' };
  if (tags.some((existing) => normaliseTag(existing) === normaliseTag(tag))) return { problem: 'duplicate' };
  const next = [...tags, tag];
  const parsed = updateContactSchema.safeParse({ tags: next });
  if (parsed.success) return { tags: next };
  const issue = parsed.error.issues[0];
  if (issue?.path.length === 1) return { problem: 'tooMany', limit: tagsPerContact };
  return { problem: 'tooLong', limit: tagLength };
}

/** The tag list without `tag`. */
export const removeTag = (tags: readonly string[], tag: string): string[] => tags.filter((t) => t !== tag);
