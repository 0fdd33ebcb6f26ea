import { templateEvents } from '@parley/connector-sdk';
import { z } from 'zod';
import { bsuid, digits, errorObject, webhookMessageSchema } from './webhook-message.schema.js';
import { webhookStatusSchema } from './webhook-status.schema.js';

/**
 * The webhook payloads the sandbox may post, as a schema of our own: the spec's inbound message
 * schemas reuse the outbound ones and reject every one of its webhook examples, and it has no
 * schema for template webhooks. It accepts all of the spec's webhook examples (tested) and is
 * strict elsewhere (unknown keys are errors) so the sandbox cannot drift. Leniencies, all from
 * the examples or Meta's documentation:
 * - `context` may be a quote (`from`, `id`), a product inquiry (`referred_product`) or forwarding flags;
 * - `contacts[].wa_id` is optional, and the spec's `ContextObject.referred_product` is not required;
 * - business-scoped user ids (Meta's BSUID guide, 2026, after the spec): `contacts[]` may carry
 *   `user_id`, `parent_user_id` and `profile.username` (optional, as the spec's examples predate
 *   them); messages `from_user_id` and `from_parent_user_id`, with `from` optional (a customer
 *   message names its sender by one of them); statuses `recipient_user_id` and
 *   `recipient_parent_user_id`, with `recipient_id` optional (one of them is required), and their
 *   change's `contacts[]`; system messages `user_id`, `parent_user_id`, `previous_user_id` and
 *   `previous_parent_user_id`;
 * - `statuses[].pricing.type` is allowed (missing from the spec) and `errors[].href` too;
 * - group webhooks (not sent by the sandbox) are checked only for their envelope fields;
 * - `message_template_id` is a number, as Meta sends it; `reason` may be null.
 */

const metadata = z.strictObject({ display_phone_number: digits, phone_number_id: digits });

const messagesValue = z
  .strictObject({
    messaging_product: z.literal('whatsapp'),
    metadata,
    contacts: z
      .array(
        z.strictObject({
          profile: z.strictObject({ name: z.string(), username: z.string().optional() }),
          wa_id: digits.optional(),
          user_id: bsuid.optional(),
          parent_user_id: bsuid.optional(),
        }),
      )
      .optional(),
    messages: z.array(webhookMessageSchema).min(1).optional(),
    statuses: z.array(webhookStatusSchema).min(1).optional(),
    errors: z.array(errorObject).optional(),
  })
  .refine((value) => value.messages ?? value.statuses ?? value.errors, 'carries messages, statuses or errors')
  .refine(
    (value) =>
      (value.messages ?? []).every((message) => message.type === 'system') || value.contacts !== undefined,
    { message: 'messages from customers come with contacts', path: ['contacts'] },
  );

const templateStatusValue = z.strictObject({
  event: z.enum(templateEvents),
  message_template_id: z.number().int().positive(),
  message_template_name: z.string(),
  message_template_language: z.string(),
  reason: z.string().nullable(),
  message_template_category: z.string().optional(),
  other_info: z.strictObject({ title: z.string(), description: z.string() }).optional(),
  disable_info: z.strictObject({ disable_date: digits }).optional(),
});

const templateCategoryValue = z.strictObject({
  message_template_id: z.number().int().positive(),
  message_template_name: z.string(),
  message_template_language: z.string(),
  previous_category: z.string().optional(),
  new_category: z.string(),
  correct_category: z.string().optional(),
  category_update_timestamp: z.number().int().optional(),
});

const groupValue = z.strictObject({
  messaging_product: z.literal('whatsapp'),
  metadata,
  groups: z.array(z.looseObject({ group_id: z.string(), type: z.string(), request_id: z.string() })),
});

const change = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('messages'), value: messagesValue }),
  z.strictObject({ field: z.literal('message_template_status_update'), value: templateStatusValue }),
  z.strictObject({ field: z.literal('template_category_update'), value: templateCategoryValue }),
  z.strictObject({
    field: z.enum([
      'group_lifecycle_update',
      'group_settings_update',
      'group_participants_update',
      'group_participant_update',
    ]),
    value: groupValue,
  }),
]);

export const webhookContractSchema = z.strictObject({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(z.strictObject({ id: digits, time: z.number().int().optional(), changes: z.array(change).min(1) }))
    .min(1),
});
