import { z } from 'zod';
import { bsuid, digits, errorObject, wamid } from './webhook-message.schema.js';

/**
 * A status as the sandbox's webhooks carry it (see webhook-contract.schema.ts for the leniencies):
 * the recipient by phone number and/or BSUID, and errors on every failed status.
 */
export const webhookStatusSchema = z
  .strictObject({
    id: wamid,
    status: z.enum(['sent', 'delivered', 'read', 'failed']),
    timestamp: digits,
    recipient_id: z.string().optional(),
    recipient_user_id: bsuid.optional(),
    recipient_parent_user_id: bsuid.optional(),
    recipient_type: z.string().optional(),
    group_id: z.string().optional(),
    biz_opaque_callback_data: z.string().optional(),
    conversation: z
      .strictObject({
        id: z.string(),
        expiration_timestamp: digits.optional(),
        origin: z.strictObject({ type: z.string() }),
      })
      .optional(),
    pricing: z
      .strictObject({
        billable: z.boolean(),
        pricing_model: z.enum(['CBP', 'PMP']),
        category: z.string(),
        type: z.enum(['regular', 'free_customer_service', 'free_entry_point']).optional(),
      })
      .optional(),
    errors: z.array(errorObject).optional(),
  })
  .refine((status) => status.status !== 'failed' || (status.errors?.length ?? 0) > 0, {
    message: 'a failed status carries errors',
    path: ['errors'],
  })
  .refine((status) => status.recipient_id !== undefined || status.recipient_user_id !== undefined, {
    message: 'a status names its recipient by recipient_id or recipient_user_id',
    path: ['recipient_id'],
  });
