import { z } from 'zod';
import { flowIdSchema } from './common.schema.js';
import { assignNodeSchema } from './nodes/assign.node.js';
import { collectInputNodeSchema } from './nodes/collect-input.node.js';
import { conditionNodeSchema } from './nodes/condition.node.js';
import { ctaUrlNodeSchema } from './nodes/cta-url.node.js';
import { delayNodeSchema } from './nodes/delay.node.js';
import { endNodeSchema } from './nodes/end.node.js';
import { goToFlowNodeSchema } from './nodes/go-to-flow.node.js';
import { httpRequestNodeSchema } from './nodes/http-request.node.js';
import { listNodeSchema } from './nodes/list.node.js';
import { replyButtonsNodeSchema } from './nodes/reply-buttons.node.js';
import { sendMessageNodeSchema } from './nodes/send-message.node.js';
import { sendTemplateNodeSchema } from './nodes/send-template.node.js';
import { setVariableNodeSchema } from './nodes/set-variable.node.js';
import { tagContactNodeSchema } from './nodes/tag-contact.node.js';
import { triggerNodeSchema } from './nodes/trigger.node.js';
import { waitForReplyNodeSchema } from './nodes/wait-for-reply.node.js';

export const flowNodeSchema = z.discriminatedUnion('type', [
  triggerNodeSchema,
  sendMessageNodeSchema,
  replyButtonsNodeSchema,
  listNodeSchema,
  ctaUrlNodeSchema,
  sendTemplateNodeSchema,
  waitForReplyNodeSchema,
  conditionNodeSchema,
  collectInputNodeSchema,
  setVariableNodeSchema,
  tagContactNodeSchema,
  assignNodeSchema,
  delayNodeSchema,
  httpRequestNodeSchema,
  goToFlowNodeSchema,
  endNodeSchema,
]);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeType = FlowNode['type'];
export type FlowNodeOf<T extends FlowNodeType> = Extract<FlowNode, { type: T }>;
export const flowNodeTypes = flowNodeSchema.options.map(
  (option) => option.shape.type.value,
) as FlowNodeType[];

/** From a node's named output to the node that follows. */
export const flowEdgeSchema = z.object({
  id: flowIdSchema,
  source: flowIdSchema,
  sourcePort: z.string().min(1).max(64),
  target: flowIdSchema,
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

export const defaultDebounceMs = 1_500;
export const defaultStepBudget = 200;

export const flowSettingsSchema = z.object({
  /** Typed messages sent within this long of each other are taken as one reply (taps act at once). */
  debounceMs: z.number().int().min(0).max(30_000).default(defaultDebounceMs),
  /** Nodes one run may pass through before it is stopped as a runaway loop. */
  stepBudget: z.number().int().min(10).max(10_000).default(defaultStepBudget),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

export const currentFlowSchemaVersion = 1;

const flowGraphV1 = z.object({
  schemaVersion: z.literal(1),
  nodes: z.array(flowNodeSchema).max(1_000),
  edges: z.array(flowEdgeSchema).max(5_000),
  settings: flowSettingsSchema.default({ debounceMs: defaultDebounceMs, stepBudget: defaultStepBudget }),
});

/**
 * A flow's graph, as stored in drafts and published versions and as the designer edits it. Versioned
 * from the start: a later `schemaVersion` joins the union, and older graphs are upgraded here.
 */
export const flowGraphSchema = z.discriminatedUnion('schemaVersion', [flowGraphV1]);
export type FlowGraph = z.infer<typeof flowGraphSchema>;
export type FlowGraphInput = z.input<typeof flowGraphSchema>;
