import { z } from 'zod';
import { baseNode, variableNameSchema } from '../common.schema.js';

/** Sets a variable to a text (placeholders allowed). */
export const setVariableNodeSchema = z.object({
  ...baseNode,
  type: z.literal('set_variable'),
  name: variableNameSchema,
  value: z.string().max(1024),
});
export type SetVariableNode = z.infer<typeof setVariableNodeSchema>;
