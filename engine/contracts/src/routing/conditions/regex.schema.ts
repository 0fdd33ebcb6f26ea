import { z } from 'zod';

export const regexConditionFlags = ['i', 's', 'm'] as const;

/** Why `pattern` does not compile with the `u` flag (the engine's own words), or null when it does. */
function compileError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (error) {
    // "Invalid regular expression: /(/u: Unterminated group" → "Unterminated group"
    const message = error instanceof Error ? error.message : String(error);
    return message.slice(message.lastIndexOf(': ') + 1).trim();
  }
}

/**
 * The conversation's first message, as received (not normalised), matches a regular expression.
 * It always runs with the `u` flag (Unicode: `\p{Script=Han}`, surrogate pairs as one character);
 * `flags` may add `i`, `s` and `m`, never `g` or `y` (they make matching stateful).
 */
export const regexConditionSchema = z.object({
  kind: z.literal('regex'),
  pattern: z
    .string()
    .min(1, 'write the pattern')
    .max(500, 'a pattern is at most 500 characters')
    .superRefine((pattern, context) => {
      const problem = compileError(pattern);
      if (problem !== null)
        context.addIssue({
          code: 'custom',
          message: `must be a regular expression valid with the u flag (${problem})`,
        });
    }),
  flags: z
    .array(z.enum(regexConditionFlags, 'a flag is one of i, s, m'))
    .refine((flags) => new Set(flags).size === flags.length, 'lists a flag twice')
    .default([]),
});
export type RegexCondition = z.infer<typeof regexConditionSchema>;
