import { z } from 'zod';
import { baseNode, minutesSchema } from '../common.schema.js';

/** Waits this long (a durable timer), then goes on. */
export const delayNodeSchema = z.object({
  ...baseNode,
  type: z.literal('delay'),
  minutes: minutesSchema,
});
export type DelayNode = z.infer<typeof delayNodeSchema>;
