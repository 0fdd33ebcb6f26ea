import { z } from 'zod';

/**
 * The contact carries the tags (any or all of them). Tags are compared after trimming, case
 * folding and NFKC normalisation (`ＶＩＰ` is `vip`), as keywords are.
 */
export const contactTagConditionSchema = z.object({
  kind: z.literal('contact_tag'),
  tags: z
    .array(z.string().trim().min(1, 'write the tag').max(100, 'a tag is at most 100 characters'))
    .min(1, 'give at least one tag')
    .max(50, 'at most 50 tags'),
  match: z.enum(['any', 'all']),
});
export type ContactTagCondition = z.infer<typeof contactTagConditionSchema>;
