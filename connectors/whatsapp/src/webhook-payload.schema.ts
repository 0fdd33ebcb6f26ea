import { z } from 'zod';
import {
  identifier,
  informational,
  unixTimestampSchema,
  usernameSchema,
  webhookErrorSchema,
} from './inbound/webhook-fields.schema.js';
import { webhookMessageSchema } from './inbound/webhook-message.schema.js';

export {
  unixTimestampSchema,
  webhookErrorSchema,
  type WebhookError,
} from './inbound/webhook-fields.schema.js';
export {
  webhookMessageSchema,
  webhookReferralSchema,
  type WebhookMessage,
} from './inbound/webhook-message.schema.js';

/**
 * Meta's webhook payloads as Parley reads them: our own schemas, which accept every webhook
 * example of Meta's spec. Leniencies:
 * - unknown fields are allowed (and dropped) everywhere: Meta adds fields without notice;
 * - `changes[].value` is checked only for the fields Parley reads (`messages`,
 *   `message_template_status_update`, `template_category_update`); others (groups, …) pass
 *   unchecked and yield no events;
 * - `contacts` is optional (system messages and failed statuses have none), and so is every field
 *   of a contact: `wa_id` (absent for a customer who hides their number), `user_id` (the BSUID,
 *   absent before April 2026), `parent_user_id`, `profile`; `profile.name` and
 *   `profile.username` are informational, the username read with or without a leading `@`;
 * - a status names its recipient by `recipient_id` (the phone number, absent for a BSUID send to
 *   a customer whose number cannot be shared), `recipient_user_id` (the BSUID, absent on a failed
 *   send to a phone number) or both; one of them is required;
 * - timestamps may be numbers as well as strings of digits, template ids strings as well as numbers;
 * - statuses other than sent/delivered/read/failed (`deleted`, `warning`, …) are accepted and skipped;
 * - `pricing` and `conversation` are informational (a malformed one is dropped) and their fields
 *   all optional; a pricing without billable, model and category is dropped;
 * - identifiers, errors and message content: see `webhook-fields.schema.ts` and
 *   `webhook-message.schema.ts`.
 */
export const webhookMetadataSchema = z.object({
  display_phone_number: z.string(),
  phone_number_id: z.string().min(1),
});

export const webhookContactSchema = z.object({
  wa_id: identifier,
  user_id: identifier,
  parent_user_id: identifier,
  profile: informational(z.object({ name: informational(z.string()), username: usernameSchema })),
});
export type WebhookContact = z.infer<typeof webhookContactSchema>;

/** Kept for compatibility: status errors have the shape of every other webhook error. */
export const webhookStatusErrorSchema = webhookErrorSchema;

export const webhookStatusSchema = z
  .object({
    id: z.string().min(1),
    status: z.string().min(1),
    timestamp: unixTimestampSchema,
    recipient_id: identifier,
    recipient_user_id: identifier,
    recipient_parent_user_id: identifier,
    conversation: informational(
      z.object({
        id: z.string(),
        origin: z.object({ type: z.string().optional() }).optional(),
        expiration_timestamp: unixTimestampSchema.optional(),
      }),
    ),
    pricing: informational(
      z.object({
        billable: z.boolean().optional(),
        pricing_model: z.string().optional(),
        category: z.string().optional(),
        type: z.string().optional(),
      }),
    ),
    errors: z.array(webhookErrorSchema).optional(),
  })
  .refine((status) => status.recipient_id !== undefined || status.recipient_user_id !== undefined, {
    message: 'a status needs recipient_id or recipient_user_id',
    path: ['recipient_id'],
  });
export type WebhookStatus = z.infer<typeof webhookStatusSchema>;

/** `value` of a change with `field: "messages"`: inbound messages, statuses of sent ones, errors. */
export const messagesValueSchema = z.object({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: webhookMetadataSchema,
  contacts: z.array(webhookContactSchema).optional(),
  messages: z.array(webhookMessageSchema).optional(),
  statuses: z.array(webhookStatusSchema).optional(),
  errors: z.array(webhookErrorSchema).optional(),
});
export type MessagesValue = z.infer<typeof messagesValueSchema>;

const templateId = z.union([z.number().int(), z.string().min(1)]).transform(String);

/** `value` of `field: "message_template_status_update"`. */
export const templateStatusValueSchema = z.object({
  event: z.string().min(1),
  message_template_id: templateId,
  message_template_name: z.string(),
  message_template_language: z.string(),
  reason: z.string().nullable().optional(),
});
export type TemplateStatusValue = z.infer<typeof templateStatusValueSchema>;

/** `value` of `field: "template_category_update"`: an impending change (`correct_category`) or a made one. */
export const templateCategoryValueSchema = z
  .object({
    message_template_id: templateId,
    message_template_name: z.string(),
    message_template_language: z.string().optional(),
    previous_category: z.string().optional(),
    new_category: z.string().optional(),
    correct_category: z.string().optional(),
    category_update_timestamp: unixTimestampSchema.optional(),
  })
  .refine((value) => value.correct_category !== undefined || value.new_category !== undefined, {
    message: 'needs new_category or correct_category',
    path: ['new_category'],
  });
export type TemplateCategoryValue = z.infer<typeof templateCategoryValueSchema>;

export const webhookEnvelopeSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      id: z.string(),
      time: unixTimestampSchema.optional(),
      changes: z.array(z.object({ field: z.string().min(1), value: z.unknown() })),
    }),
  ),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
export type WebhookEntry = WebhookEnvelope['entry'][number];
