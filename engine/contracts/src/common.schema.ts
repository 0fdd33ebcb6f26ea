import { z } from 'zod';

/** One problem with a request, naming the field (`limit`, `email`, `scopes.2`). */
export const apiIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof apiIssueSchema>;

/** Every error the API answers: a stable code, a message for people, and the fields at fault. */
export const apiErrorSchema = z.object({
  code: z.string().meta({ example: 'INVALID_INPUT' }),
  message: z.string().meta({ example: 'Invalid body: email: Invalid email address' }),
  issues: z.array(apiIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const uuidSchema = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });

/** A page of a keyset-paginated list; `nextCursor` fetches the next page, null at the end. */
/** A whole list in one answer: `{ items }`. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `?cursor=&limit=` of a list. */
export function pageQuerySchema(defaultLimit: number, maxLimit: number) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    cursor: z.string().min(1).max(500).optional(),
  });
}

/** Who did something, as lists show them. */
export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** The languages the web app speaks. */
export const locales = ['en', 'ja'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
