import { z } from 'zod';
import { baseNode, flowIdSchema, minutesSchema, noMatchSchema } from '../common.schema.js';
import { interactiveFrame } from './reply-buttons.node.js';

/** A list message (rows behind a button) that waits for the choice: each row is its own output. */
export const listNodeSchema = z.object({
  ...baseNode,
  type: z.literal('list'),
  ...interactiveFrame,
  buttonLabel: z.string().trim().min(1).max(40),
  sectionTitle: z.string().trim().min(1).max(40).optional(),
  rows: z
    .array(
      z.object({
        id: flowIdSchema,
        title: z.string().trim().min(1).max(40),
        description: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .min(1)
    .max(10),
  timeoutMinutes: minutesSchema.optional(),
  noMatch: noMatchSchema,
});
export type ListNode = z.infer<typeof listNodeSchema>;
