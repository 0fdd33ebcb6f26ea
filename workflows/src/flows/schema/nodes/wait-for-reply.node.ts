import { z } from 'zod';
import { baseNode, minutesSchema, variableNameSchema } from '../common.schema.js';

/** Waits for the customer's next message (durably: minutes to days): `reply`, or `timeout`. */
export const waitForReplyNodeSchema = z.object({
  ...baseNode,
  type: z.literal('wait_for_reply'),
  timeoutMinutes: minutesSchema,
  /** The reply's text is kept in this variable. */
  saveAs: variableNameSchema.optional(),
});
export type WaitForReplyNode = z.infer<typeof waitForReplyNodeSchema>;
