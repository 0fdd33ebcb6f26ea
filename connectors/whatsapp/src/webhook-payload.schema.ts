import { z } from 'zod';

/**
 * Meta's webhook payloads as Parley reads them. Our own schema, not the spec's: the spec's inbound
 * message schemas reuse the outbound ones and reject every webhook example. Leniencies:
 * - unknown fields are allowed (and dropped) everywhere: Meta adds fields without notice;
 * - `changes[].value` is only checked for `field: "messages"`; other fields (template status
 *   updates, groups, …) pass unchecked and are ignored for now;
 * - `contacts` is optional (system messages have none) and so are `profile` and its `name`;
 * - `timestamp` may be a number as well as a string of digits;
 * - only `text` messages must carry their content (`text.body`); other types are not inspected.
 */
const maxUnixSeconds = 8_640_000_000_000; // the last second a JavaScript Date can hold
const unixTimestampSchema = z
  .union([z.string().regex(/^\d+$/, 'must be a unix timestamp'), z.number().int().nonnegative()])
  .refine((seconds) => Number(seconds) <= maxUnixSeconds, 'is out of range');

export const webhookMetadataSchema = z.object({
  display_phone_number: z.string(),
  phone_number_id: z.string().min(1),
});

export const webhookContactSchema = z.object({
  wa_id: z.string().optional(),
  profile: z.object({ name: z.string().optional() }).optional(),
});

export const webhookMessageSchema = z
  .object({
    from: z.string().min(1),
    id: z.string().min(1),
    timestamp: unixTimestampSchema,
    type: z.string().min(1),
    text: z.object({ body: z.string() }).optional(),
  })
  .refine((message) => message.type !== 'text' || message.text !== undefined, {
    message: 'a text message needs text.body',
    path: ['text'],
  });
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;

export const webhookStatusErrorSchema = z.object({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional(),
});

export const webhookStatusSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['sent', 'delivered', 'read', 'failed']),
  timestamp: unixTimestampSchema,
  recipient_id: z.string().min(1),
  errors: z.array(webhookStatusErrorSchema).optional(),
});
export type WebhookStatus = z.infer<typeof webhookStatusSchema>;

/** `value` of a change with `field: "messages"`: inbound messages and/or statuses of sent ones. */
export const messagesValueSchema = z.object({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: webhookMetadataSchema,
  contacts: z.array(webhookContactSchema).optional(),
  messages: z.array(webhookMessageSchema).optional(),
  statuses: z.array(webhookStatusSchema).optional(),
});
export type MessagesValue = z.infer<typeof messagesValueSchema>;

export const webhookEnvelopeSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(z.object({ field: z.string().min(1), value: z.unknown() })),
    }),
  ),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
