import { z } from 'zod';

/**
 * The conversation's first message contains the keywords (any or all of them). A keyword matches
 * as a substring, since Japanese has no spaces between words, after Unicode NFKC normalisation of
 * both sides (full-width ＡＢＣ is ABC, half-width ｶﾀｶﾅ is カタカナ) and, unless `caseSensitive`,
 * case folding. See `normaliseForMatching`.
 */
export const keywordConditionSchema = z.object({
  kind: z.literal('keyword'),
  keywords: z
    .array(z.string().trim().min(1, 'write the keyword').max(100, 'a keyword is at most 100 characters'))
    .min(1, 'give at least one keyword')
    .max(100, 'at most 100 keywords'),
  match: z.enum(['any', 'all']),
  caseSensitive: z.boolean().default(false),
});
export type KeywordCondition = z.infer<typeof keywordConditionSchema>;
