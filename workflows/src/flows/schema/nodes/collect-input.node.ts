import { z } from 'zod';
import { baseNode, flowTextSchema, minutesSchema, variableNameSchema } from '../common.schema.js';

export const inputTypes = ['text', 'number', 'email', 'phone', 'date', 'choice'] as const;
export type InputType = (typeof inputTypes)[number];

/**
 * Asks a question and keeps a valid answer in a variable: `next`; an answer that does not fit gets
 * the retry message until `maxAttempts` answers were tried, then `invalid`; `timeout` when set.
 */
export const collectInputNodeSchema = z.object({
  ...baseNode,
  type: z.literal('collect_input'),
  prompt: flowTextSchema,
  inputType: z.enum(inputTypes),
  /** The answers a `choice` accepts (matched without case or width differences). */
  choices: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  saveAs: variableNameSchema,
  retryText: flowTextSchema,
  maxAttempts: z.number().int().min(1).max(10),
  timeoutMinutes: minutesSchema.optional(),
});
export type CollectInputNode = z.infer<typeof collectInputNodeSchema>;
