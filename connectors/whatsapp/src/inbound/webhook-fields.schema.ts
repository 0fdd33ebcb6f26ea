import { z } from 'zod';

/**
 * Field schemas the webhook payload schemas share, with their leniencies:
 * - `identifier`: a wa_id, BSUID or phone; an empty string counts as absent (older payloads sent
 *   `""` where Meta now omits the field);
 * - `informational`: a field Parley only passes on (an error's title, a profile name, …); a value
 *   of the wrong type is dropped instead of rejecting the whole change;
 * - timestamps may be numbers as well as strings of digits.
 */
export const identifier = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.string().min(1).optional(),
);

/** A business-scoped user id (`CC.<id>`) or a parent one (`CC.ENT.<id>`), as Meta's BSUID guide describes them. */
export const bsuidPattern = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

export function informational<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const maxUnixSeconds = 8_640_000_000_000; // the last second a JavaScript Date can hold
export const unixTimestampSchema = z
  .union([z.string().regex(/^\d+$/, 'must be a unix timestamp'), z.number().int().nonnegative()])
  .refine((seconds) => Number(seconds) <= maxUnixSeconds, 'is out of range');

/**
 * An error on a message, a status or a whole delivery. Only `code` is read strictly; `title`,
 * `message` and `error_data.details` are informational (Meta has sent `details` as an object).
 */
export const webhookErrorSchema = z.object({
  code: z.number().int(),
  title: informational(z.string()),
  message: informational(z.string()),
  error_data: informational(z.object({ details: informational(z.string()) })),
});
export type WebhookError = z.infer<typeof webhookErrorSchema>;

/** A WhatsApp username as Meta sends it, with or without a leading `@`; Parley keeps it without. */
export const usernameSchema = informational(z.string()).transform((value) => {
  const bare = value?.replace(/^@/, '');
  return bare ? bare : undefined;
});
