import { z } from 'zod';
import { baseNode, flowIdSchema, flowTextSchema, minutesSchema, noMatchSchema } from '../common.schema.js';

export const interactiveFrame = {
  body: flowTextSchema,
  header: z.string().trim().min(1).max(60).optional(),
  footer: z.string().trim().min(1).max(60).optional(),
};

/**
 * A message with 1–3 reply buttons that waits for the tap: each button is its own output, then
 * `timeout` (when a timeout is set) and `no_match` (a reply that is no button, after the re-asks).
 */
export const replyButtonsNodeSchema = z.object({
  ...baseNode,
  type: z.literal('reply_buttons'),
  ...interactiveFrame,
  buttons: z
    .array(z.object({ id: flowIdSchema, title: z.string().trim().min(1).max(40) }))
    .min(1)
    .max(3),
  timeoutMinutes: minutesSchema.optional(),
  noMatch: noMatchSchema,
});
export type ReplyButtonsNode = z.infer<typeof replyButtonsNodeSchema>;
