import { z } from 'zod';
import { baseNode } from '../common.schema.js';

/** Ends the flow; `close` also closes the conversation. */
export const endNodeSchema = z.object({
  ...baseNode,
  type: z.literal('end'),
  close: z.boolean().default(false),
});
export type EndNode = z.infer<typeof endNodeSchema>;
