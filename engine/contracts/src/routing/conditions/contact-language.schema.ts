import { z } from 'zod';

/**
 * The contact's language is one of these, by BCP 47 primary language subtag: `ja` matches a contact
 * in `ja`, `ja-JP` or WhatsApp's `ja_JP`. Subtags are taken in any case and kept lower-case.
 */
export const contactLanguageConditionSchema = z.object({
  kind: z.literal('contact_language'),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2,3}$/, 'must be a primary language subtag such as ja or en'),
    )
    .min(1, 'choose at least one language')
    .max(50, 'at most 50 languages'),
});
export type ContactLanguageCondition = z.infer<typeof contactLanguageConditionSchema>;
