import { z } from 'zod';
import { baseNode } from '../common.schema.js';

/** Hands the conversation to people through routing (a team's queue, or one agent); automation ends. */
export const assignNodeSchema = z.object({
  ...baseNode,
  type: z.literal('assign'),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('team'), teamId: z.string().min(1) }),
    z.object({ kind: z.literal('agent'), userId: z.string().min(1) }),
  ]),
});
export type AssignNode = z.infer<typeof assignNodeSchema>;
