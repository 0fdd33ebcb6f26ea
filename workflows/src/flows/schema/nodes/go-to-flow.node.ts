import { z } from 'zod';
import { baseNode } from '../common.schema.js';

/** Goes on in another flow's published version (from the node after its trigger), keeping the variables. */
export const goToFlowNodeSchema = z.object({
  ...baseNode,
  type: z.literal('go_to_flow'),
  flowId: z.string().min(1),
});
export type GoToFlowNode = z.infer<typeof goToFlowNodeSchema>;
